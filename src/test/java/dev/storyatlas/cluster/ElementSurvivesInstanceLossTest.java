package dev.storyatlas.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.embed.HostSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code <story-atlas-map>} element survives the loss of its server (issue 18, item 2): on a news page
 * of another site, its instance ends with {@code kill -9}, the reader's next click reaches the other
 * instance, which has no UI for them; Vaadin's client re-creates the element from its attributes, and the
 * element carries out the click that found the session gone. The time it takes is printed, not asserted.
 */
class ElementSurvivesInstanceLossTest {

    private static final HostSite HOST = new HostSite();
    private static ClusterWithBrowser cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ClusterWithBrowser.start(Path.of("target/cluster-tests/element-loss"), 2,
                List.of("--storyatlas.embed.allowed-origins=" + HOST.crossSiteOrigin()));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            HOST.close();
        }
    }

    @Test
    void an_element_whose_instance_is_killed_keeps_its_filter_and_opens_kyiv_from_the_other_instance() throws Exception {
        String page = HOST.crossSitePage("/element.html",
                "<script type=\"module\" src=\"" + cluster.cluster().url("/web-component/story-atlas-map.js") + "\"></script>"
                + "<story-atlas-map id=\"atlas\" place=\"bryansk\" actor=\"nv-ua,lloyd-austin\" lang=\"en\"></story-atlas-map>");
        ClusterReader reader = cluster.reader().open(page);
        reader.awaitPanel("Bryansk Oblast");
        // the panel can show before the map has drawn its pins anew
        List<String> filteredPins = reader.pinNames(2);
        assertThat(filteredPins).containsExactly("Bryansk Oblast", "Kyiv");
        String lost = reader.instance();
        assertThat(lost).matches("atlas[12]");

        long killed = System.nanoTime();
        cluster.cluster().kill(Integer.parseInt(lost.substring("atlas".length())));
        reader.choose("Kyiv");

        reader.awaitPanel("Kyiv");
        System.out.printf("[cluster] element: kill -9 to Kyiv's panel: %d ms%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(reader.pinNames(filteredPins.size())).as("the pins of the filtered map").isEqualTo(filteredPins);
        assertThat(reader.instance()).as("the instance now holding the reader's session").matches("atlas[12]").isNotEqualTo(lost);
        assertThat(reader.reloaded()).as("the host page reloaded").isFalse();
        assertThat(reader.page.locator("#atlas")).hasAttribute("place", "kyiv");
        assertThat(reader.page.locator("#atlas")).hasAttribute("actor", "nv-ua,lloyd-austin");
        assertThat(reader.errorNotices()).isEmpty();
        assertThat(reader.problems).as("script errors in the page").filteredOn(problem -> problem.startsWith("page: ")).isEmpty();
        reader.close();
    }
}
