package dev.storyatlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a story file (YAML, described in README) and the article beside it into a validated
 * {@link Story}, or a {@link StoryFileException} that lists every problem with its location.
 */
@Component
public class StoryLoader {

    private final ObjectReader reader = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build()
            .readerFor(Story.class);

    /** Loads and validates the story file; its article is read from the same folder. */
    public Story load(Resource file) {
        String name = file.getFilename() == null ? file.getDescription() : file.getFilename();
        String yaml;
        try {
            yaml = readUtf8(file);
        } catch (IOException e) {
            throw new StoryFileException(List.of(StoryProblem.at(name, "", "cannot be read: " + e.getMessage())));
        }
        Story story = parse(yaml, name, articleName -> readUtf8(file.createRelative(articleName)));
        List<StoryProblem> problems = new StoryValidator(name, story).problems();
        if (!problems.isEmpty()) {
            throw new StoryFileException(problems);
        }
        return story;
    }

    private Story parse(String yaml, String name, ArticleDeserializer.ArticleSource articles) {
        try {
            Story story = reader.withAttribute(ArticleDeserializer.ArticleSource.class, articles).readValue(yaml);
            if (story == null) {
                throw new StoryFileException(List.of(StoryProblem.at(name, "", "the file is empty")));
            }
            return story;
        } catch (JacksonException e) {
            throw new StoryFileException(List.of(problemOf(name, e)));
        }
    }

    private static StoryProblem problemOf(String name, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String field = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce("", String::concat)
                .replaceFirst("^\\.", "");
        String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
        return new StoryProblem(name, line, column, field, message);
    }

    private static String readUtf8(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }
}
