package dev.storyatlas.story;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The story settings under {@code storyatlas}.
 *
 * @param defaultStory id of the story shown at {@code /}; the built-in taz story unless set
 * @param storiesDir a directory of further story files ({@code *.yaml}, each with its article beside it); none unless set
 * @param scanInterval how often the stories directory is checked for added, changed or removed files
 */
@ConfigurationProperties("storyatlas")
public record StoryAtlasProperties(String defaultStory, @Nullable Path storiesDir, Duration scanInterval) {

    static final String BUILT_IN_STORY = "taz-2024-10-nordkorea-soldaten";

    /** Two seconds: an editor sees a saved file on the map almost at once, and a scan of a few files costs nothing. */
    static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofSeconds(2);

    public StoryAtlasProperties(@Nullable String defaultStory, @Nullable Path storiesDir, @Nullable Duration scanInterval) {
        this.defaultStory = defaultStory == null || defaultStory.isBlank() ? BUILT_IN_STORY : defaultStory;
        this.storiesDir = storiesDir;
        this.scanInterval = scanInterval == null || scanInterval.isNegative() || scanInterval.isZero() ? DEFAULT_SCAN_INTERVAL : scanInterval;
    }
}
