package dev.storyatlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a story file (YAML, described in README) and the article beside it into a validated
 * {@link Story}, or a {@link StoryFileException} that lists every problem with its location.
 */
@Component
public class StoryLoader {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a second "title:" would otherwise silently replace the first
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The largest story file read: ten times the built-in story. A bigger file is a mistake (an export
     * gone wrong) or an attack, and reading it would tie up the scanner and the heap.
     */
    static final long MAX_BYTES = 256 * 1024;

    /** Loads and validates the story file; its article is read from the same folder. */
    public Story load(Path file) {
        return load(new FileSystemResource(file));
    }

    /** Loads and validates the story file; its article is read from the same folder. */
    public Story load(Resource file) {
        return load(file, Set.of());
    }

    /** Loads and validates the story file, which must not use any of the given story ids. */
    Story load(Resource file, Set<String> takenIds) {
        String name = file.getFilename() == null ? file.getDescription() : file.getFilename();
        String yaml;
        try {
            yaml = readUtf8(file);
        } catch (IOException e) {
            throw new StoryFileException(List.of(StoryProblem.at(name, "", "cannot be read: " + e.getMessage())));
        }
        if (yaml.isBlank()) {
            throw new StoryFileException(List.of(StoryProblem.at(name, "", "the file is empty")));
        }
        SourceMap sourceMap = SourceMap.of(mapper, yaml);
        if (sourceMap.isEmpty()) {
            throw new StoryFileException(List.of(StoryProblem.at(name, "", "holds no story (only comments or null)")));
        }
        UnknownFields unknownFields = new UnknownFields(name);
        Story story = parse(yaml, name, sourceMap, unknownFields, articleName -> readUtf8(file.createRelative(articleName)));
        List<StoryProblem> problems = new ArrayList<>(unknownFields.problems());
        problems.addAll(new StoryValidator(name, story).problems());
        if (story.id() != null && takenIds.contains(story.id())) {
            problems.add(StoryProblem.at(name, "id", "another story already has the id '" + story.id() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new StoryFileException(problems.stream().map(sourceMap::locate).toList());
        }
        return story;
    }

    private Story parse(String yaml, String name, SourceMap sourceMap, UnknownFields unknownFields,
            ArticleDeserializer.ArticleSource articles) {
        try {
            Story story = mapper.readerFor(Story.class)
                    .withHandler(unknownFields)
                    .withAttribute(ArticleDeserializer.ArticleSource.class, articles)
                    .readValue(yaml);
            if (story == null) {
                throw new StoryFileException(List.of(StoryProblem.at(name, "", "holds no story (only comments or null)")));
            }
            return story;
        } catch (JacksonException e) {
            List<StoryProblem> problems = new ArrayList<>(unknownFields.problems());
            problems.add(problemOf(name, e, sourceMap));
            throw new StoryFileException(problems.stream().map(sourceMap::locate).toList());
        }
    }

    private static StoryProblem problemOf(String name, JacksonException e, SourceMap sourceMap) {
        MarkedYamlEngineException syntax = syntaxErrorIn(e);
        if (syntax != null && syntax.getProblemMark().isPresent()) {
            return syntaxProblem(name, syntax);
        }
        String field = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce("", String::concat)
                .replaceFirst("^\\.", "");
        String message = StoryLoader.messageOf(e);
        // the parser reports where it stopped, past the token at fault (after a duplicate key's name)
        TokenStreamLocation location = e instanceof StreamReadException read && read.processor() != null
                ? read.processor().currentTokenLocation() : e.getLocation();
        if (e instanceof DatabindException || location == null) {
            // a mapping error is best placed at the field it names; the parser may have read past it
            return sourceMap.locate(StoryProblem.at(name, field, message));
        }
        return new StoryProblem(name, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), field, message);
    }

    /**
     * A YAML syntax error at the character where the YAML library found it, with what it was reading
     * and where that began: an unclosed quote is found at the end of the file but fixed where it opens.
     */
    private static StoryProblem syntaxProblem(String name, MarkedYamlEngineException syntax) {
        Mark at = syntax.getProblemMark().orElseThrow();
        String message = syntax.getProblem().strip();
        if (syntax.getContext() != null && syntax.getContextMark().isPresent()) {
            Mark began = syntax.getContextMark().get();
            message += " (" + syntax.getContext().strip() + " that began at line " + (began.getLine() + 1)
                    + ", column " + (began.getColumn() + 1) + ")";
        }
        return new StoryProblem(name, at.getLine() + 1, at.getColumn() + 1, "", message);
    }

    private static @Nullable MarkedYamlEngineException syntaxErrorIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYamlEngineException marked) {
                return marked;
            }
        }
        return null;
    }

    /** Says in the story format's terms what Jackson says in Java's: "'town' is not one of city, region, country". */
    private static String messageOf(JacksonException e) {
        String original = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            String value = "'" + invalid.getValue() + "'";
            if (type.isEnum()) {
                return value + " is not one of " + String.join(", ", enumNames(type));
            }
            if (type == YearMonth.class) {
                return value + " is not a year and month (YYYY-MM)";
            }
            if (type == LocalDate.class) {
                return value + " is not a date (YYYY-MM-DD)";
            }
            if (type == double.class || type == int.class || Number.class.isAssignableFrom(type)) {
                return value + " is not a number";
            }
        }
        if (original.startsWith("Missing required creator property")) {
            return "is required";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (Collection.class.isAssignableFrom(mismatch.getTargetType())) {
                return "must be a list";
            }
            if (mismatch.getTargetType() == Story.class) {
                return "must be a mapping of the story's fields";
            }
        }
        return original;
    }

    /** The names a story file uses for an enum's values, as its {@code @JsonProperty} annotations give them. */
    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(java.lang.reflect.Field::isEnumConstant)
                .map(f -> f.isAnnotationPresent(JsonProperty.class) ? f.getAnnotation(JsonProperty.class).value() : f.getName())
                .toList();
    }

    /** Collects every field the story format does not know, instead of stopping at the first. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final String file;
        private final List<StoryProblem> problems = new ArrayList<>();

        UnknownFields(String file) {
            this.file = file;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            String path = SourceMap.path(parser.streamReadContext().pathAsPointer());
            problems.add(StoryProblem.at(file, path.isEmpty() ? propertyName : path, "unknown field '" + propertyName + "'"));
            parser.skipChildren();
            return true;
        }

        List<StoryProblem> problems() {
            return problems;
        }
    }

    private static String readUtf8(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("larger than the " + MAX_BYTES + " bytes a story file may have");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }
}
