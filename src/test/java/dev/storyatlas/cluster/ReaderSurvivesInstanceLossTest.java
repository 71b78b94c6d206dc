package dev.storyatlas.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reader survives the loss of their server (issue 18, item 2): their instance ends with {@code kill -9},
 * their next click reaches the other instance through HAProxy (a retry on another instance), which has
 * no UI for them, and the page loads again at its URL, the reader's whole view, instead of showing
 * Vaadin's "session expired". How long that takes is measured by {@code ClusterBenchmark}, not asserted here.
 */
class ReaderSurvivesInstanceLossTest {

    /** Bryansk with an actor filter that leaves two places, Bryansk and Kyiv. */
    private static final String VIEW = "/?place=bryansk&actor=lloyd-austin%2Cnv-ua&lang=en";

    private static ClusterWithBrowser cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ClusterWithBrowser.start(Path.of("target/cluster-tests/instance-loss"), 2, List.of());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void a_reader_whose_instance_is_killed_gets_their_filtered_view_back_from_the_other_instance_and_reaches_kyiv() throws Exception {
        ClusterReader reader = cluster.reader().open(cluster.cluster().url(VIEW));
        reader.awaitPanel("Bryansk Oblast");
        List<String> filteredPins = reader.pinNames(2);
        assertThat(filteredPins).containsExactly("Bryansk Oblast", "Kyiv");
        String lost = reader.instance();
        assertThat(lost).matches("atlas[12]");

        long killed = System.nanoTime();
        cluster.cluster().kill(Integer.parseInt(lost.substring("atlas".length())));
        reader.choose("Kyiv");

        // the other instance has no UI for the reader: the page loads again at its URL, which holds the view, and
        // carries out the choice that found the session gone
        reader.awaitReload();
        reader.awaitPanel("Kyiv");
        // printed for the record (development-mode instances on a shared machine); ClusterBenchmark measures it
        System.out.printf("[cluster] kill -9 to Kyiv's panel: %d ms%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(reader.pinNames(filteredPins.size())).as("the pins of the filtered map").isEqualTo(filteredPins);
        assertThat(reader.instance()).as("the instance now holding the reader's session").matches("atlas[12]").isNotEqualTo(lost);
        assertThat(reader.page).hasURL(Pattern.compile("[?&]place=kyiv(&|$)"));
        assertThat(reader.page).hasURL(Pattern.compile("[?&]actor=lloyd-austin%2Cnv-ua(&|$)"));
        assertThat(reader.errorNotices()).isEmpty();
        assertThat(reader.problems).isEmpty();
        reader.close();
    }
}
