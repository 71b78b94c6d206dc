package dev.storyatlas.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The stories Story Atlas serves. The built-in ones ship in {@code classpath:stories/*.yaml}; they are
 * part of the product, so a broken one stops the start-up with every problem listed.
 */
@Service
public class StoryCatalog {

    static final String BUILT_IN = "classpath:stories/*.yaml";

    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final String defaultStoryId;

    StoryCatalog(StoryLoader loader, StoryAtlasProperties properties) {
        for (Resource file : builtIn()) {
            Story story = loader.load(file);
            stories.put(story.id(), story);
        }
        this.defaultStoryId = properties.defaultStory();
        if (!stories.containsKey(defaultStoryId)) {
            throw new IllegalStateException("storyatlas.default-story: no story with id '" + defaultStoryId
                    + "' (known: " + String.join(", ", stories.keySet()) + ")");
        }
    }

    /** The story shown at the root of the app. */
    public Story defaultStory() {
        return stories.get(defaultStoryId);
    }

    /** The story with this id, if there is one. */
    public Optional<Story> find(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    /** All stories, in the order they were loaded. */
    public List<Story> all() {
        return List.copyOf(stories.values());
    }

    private static List<Resource> builtIn() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(BUILT_IN);
            return Arrays.stream(files).sorted((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + BUILT_IN, e);
        }
    }
}
