package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Which start-up the app takes: the context prepared at build time only from the packaged jar. */
class PreparedContextTest {

    private static final URL PACKAGED_JAR = url("jar:file:/srv/story-atlas.jar!/BOOT-INF/classes!/");
    private static final URL EXTRACTED_JAR = url("file:/srv/app/story-atlas.jar");
    private static final URL CLASSES_DIRECTORY = url("file:/home/dev/story-atlas/target/classes/");

    @Test
    void the_jar_starts_from_the_prepared_context_when_it_carries_one() {
        assertThat(PreparedContext.use(null, PACKAGED_JAR, true)).isTrue();
        assertThat(PreparedContext.use(null, EXTRACTED_JAR, true)).isTrue();
        assertThat(PreparedContext.use(null, PACKAGED_JAR, false)).isFalse();
    }

    @Test
    void classes_in_a_directory_start_as_usual_even_with_generated_classes_beside_them() {
        assertThat(PreparedContext.use(null, CLASSES_DIRECTORY, true)).isFalse();
        assertThat(PreparedContext.use(null, null, true)).isFalse();
    }

    @Test
    void an_explicit_setting_wins() {
        assertThat(PreparedContext.use("false", PACKAGED_JAR, true)).isFalse();
        assertThat(PreparedContext.use("true", CLASSES_DIRECTORY, true)).isTrue();
    }

    private static URL url(String spec) {
        try {
            return URI.create(spec).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
