package dev.storyatlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a story file (YAML, described in README) and the article beside it into a validated
 * {@link Story}, or a {@link StoryFileException} that lists every problem with its location.
 */
@Component
public class StoryLoader {

    private static final Logger log = LoggerFactory.getLogger(StoryLoader.class);

    /**
     * The deepest nesting read. A story needs a handful of levels; a file nested far deeper is a mistake or an
     * attack, refused before it costs the parser and the data binding anything.
     */
    static final int MAX_DEPTH = 32;

    private final YAMLMapper mapper = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            // a second "title:" would otherwise silently replace the first
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The largest story file read: ten times the built-in story. A bigger file is a mistake (an export
     * gone wrong) or an attack, and reading it would tie up the scanner and the heap.
     */
    static final long MAX_BYTES = 256 * 1024;

    /** Loads and validates the story file; its article is read from the same folder. */
    public Story load(Resource file) {
        return load(file, Set.of());
    }

    /** Loads and validates the story file, which must not use any of the given story ids. */
    Story load(Resource file, Set<String> takenIds) {
        String name = file.getFilename() == null ? file.getDescription() : file.getFilename();
        try {
            return read(file, name, takenIds);
        } catch (StoryFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // whatever one file does to the loader, it ends as a problem of that file
            log.error("Loading story file {} failed", name, e);
            throw new StoryFileException(List.of(StoryProblem.unexpected(name, "", e)));
        }
    }

    private Story read(Resource file, String name, Set<String> takenIds) {
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
        if (sourceMap.refusal().isPresent()) {
            SourceMap.Refusal refusal = sourceMap.refusal().get();
            throw new StoryFileException(List.of(new StoryProblem(name, refusal.line(), refusal.column(), "", refusal.message())));
        }
        UnknownFields unknownFields = new UnknownFields(name);
        StoryInput input = parse(yaml, name, sourceMap, unknownFields, articleName -> readUtf8(file.createRelative(articleName)));
        List<StoryProblem> problems = new ArrayList<>(unknownFields.problems());
        List<StoryProblem> invalid = new StoryValidator(name, input).problems();
        problems.addAll(invalid);
        Story story = null;
        if (invalid.isEmpty()) {
            story = input.toStory();
            problems.addAll(deskRules(name, story));
        }
        if (input.id() != null && takenIds.contains(input.id())) {
            problems.add(StoryProblem.at(name, "id", "another story already has the id '" + input.id() + "'"));
        }
        if (story == null || !problems.isEmpty()) {
            throw new StoryFileException(problems.stream().map(sourceMap::locate).toList());
        }
        return story;
    }

    /** The desk's rules (issue 15): the map must not say more than the article. They read the model, so they run once it is built. */
    private static List<StoryProblem> deskRules(String name, Story story) {
        List<StoryProblem> problems = new ArrayList<>();
        new PlaceRules(story, (field, message) -> problems.add(StoryProblem.at(name, field, message))).check();
        new AttributionRules(story, (field, message) -> problems.add(StoryProblem.at(name, field, message))).check();
        return problems;
    }

    private StoryInput parse(String yaml, String name, SourceMap sourceMap, UnknownFields unknownFields,
            ArticleDeserializer.ArticleSource articles) {
        try {
            StoryInput story = mapper.readerFor(StoryInput.class)
                    .withHandler(unknownFields)
                    .withAttribute(ArticleDeserializer.ArticleSource.class, articles)
                    .readValue(yaml);
            if (story == null) {
                throw new StoryFileException(List.of(StoryProblem.at(name, "", "holds no story (only comments or null)")));
            }
            return story;
        } catch (JacksonException e) {
            List<StoryProblem> problems = new ArrayList<>(unknownFields.problems());
            problems.add(ParseProblems.of(name, e, sourceMap));
            throw new StoryFileException(problems.stream().map(sourceMap::locate).toList());
        }
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
        // files are checked before they are opened; a resource inside the app's jar is part of the product
        try (InputStream in = resource.isFile() ? StoryFiles.open(resource.getFile().toPath()) : resource.getInputStream()) {
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
