package dev.storyatlas.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Where each field of a story file stands (line and column), keyed by the same paths the validator
 * names ({@code incidents[2].citation.excerpt}), so that every problem can point into the file.
 */
final class SourceMap {

    private final Map<String, int[]> positions;
    private final @Nullable Refusal refusal;

    private SourceMap(Map<String, int[]> positions, @Nullable Refusal refusal) {
        this.positions = positions;
        this.refusal = refusal;
    }

    /**
     * Indexes a YAML text; a text that does not parse gives the positions read before the error. The
     * first alias and nesting beyond the reader's limit are noted as the text's {@link #refusal()}.
     */
    static SourceMap of(YAMLMapper mapper, String yaml) {
        Map<String, int[]> positions = new HashMap<>();
        Refusal refusal = null;
        try (JsonParser parser = mapper.createParser(yaml)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                        TokenStreamLocation at = parser.currentTokenLocation();
                        positions.putIfAbsent(path(parser.streamReadContext().pathAsPointer()), new int[] {at.getLineNr(), at.getColumnNr()});
                        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                            // Jackson would read an alias as its anchor's name: refused, never expanded nor misread
                            return new SourceMap(positions, new Refusal(at.getLineNr(), at.getColumnNr(),
                                    "YAML aliases (*name) are not supported in story files; write the value out"));
                        }
                    }
                }
            } catch (StreamConstraintsException e) {
                TokenStreamLocation at = parser.currentLocation();
                refusal = new Refusal(at.getLineNr(), at.getColumnNr(), "nested deeper than the "
                        + StoryLoader.MAX_DEPTH + " levels a story file may have");
            }
        } catch (JacksonException e) {
            // the loader reports the syntax error itself
        }
        return new SourceMap(positions, refusal);
    }

    /** Why the text is refused before it is read into a story, if it is. */
    Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** A reason to refuse a text outright, at the line and column where it shows. */
    record Refusal(int line, int column, String message) {
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
