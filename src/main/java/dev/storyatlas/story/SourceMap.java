package dev.storyatlas.story;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each field of a story file stands (line and column), keyed by the same paths the validator
 * names ({@code incidents[2].citation.excerpt}), so that every problem can point into the file.
 */
final class SourceMap {

    private final Map<String, int[]> positions;

    private SourceMap(Map<String, int[]> positions) {
        this.positions = positions;
    }

    /** Indexes a YAML text; a text that does not parse gives the positions read before the error. */
    static SourceMap of(YAMLMapper mapper, String yaml) {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = mapper.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(path(parser.streamReadContext().pathAsPointer()), new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (JacksonException e) {
            // the loader reports the syntax error itself
        }
        return new SourceMap(positions);
    }

    /** Whether the text held no YAML value at all (nothing but comments). */
    boolean isEmpty() {
        return positions.isEmpty();
    }

    /**
     * The problem at the given path, placed at that field or, failing that, its nearest enclosing field;
     * a missing top-level field is placed where the story's mapping begins (the root, path "").
     */
    StoryProblem locate(StoryProblem problem) {
        if (problem.line() > 0) {
            return problem;
        }
        String path = problem.field();
        while (true) {
            int[] at = positions.get(path);
            if (at != null) {
                return new StoryProblem(problem.file(), at[0], at[1], problem.field(), problem.message());
            }
            if (path.isEmpty()) {
                return problem;
            }
            path = parent(path);
        }
    }

    /** Our path notation for a JSON pointer: {@code /incidents/2/citation} becomes {@code incidents[2].citation}. */
    static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
