package dev.storyatlas.story;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The story settings under {@code storyatlas}.
 *
 * @param defaultStory id of the story shown at {@code /}; the built-in taz story unless set
 */
@ConfigurationProperties("storyatlas")
public record StoryAtlasProperties(String defaultStory) {

    static final String BUILT_IN_STORY = "taz-2024-10-nordkorea-soldaten";

    public StoryAtlasProperties(@Nullable String defaultStory) {
        this.defaultStory = defaultStory == null || defaultStory.isBlank() ? BUILT_IN_STORY : defaultStory;
    }
}
