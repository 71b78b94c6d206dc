package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code storyatlas.embed.allowed-origins} set, only the sites named there may frame the embed. */
class EmbedAllowListInBrowserTest extends BrowserTest {

    // One host site, two origins: allowed as http://localhost:<port>, not as http://127.0.0.1:<port>.
    private static final HostSite HOST = new HostSite();

    @DynamicPropertySource
    static void allowOnlyTheHostOnLocalhost(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.embed.allowed-origins", () -> "http://localhost:" + HOST.port());
    }

    @AfterAll
    static void stopHost() {
        HOST.close();
    }

    @Test
    void a_site_on_the_allow_list_may_frame_the_embed() {
        navigate(framingPage());

        assertThat(page.frameLocator("#atlas").locator(".leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_site_not_on_the_allow_list_may_not_frame_the_embed() {
        navigate(framingPage().replace("http://localhost:", "http://127.0.0.1:"));
        page.waitForCondition(() -> pageErrors.stream().anyMatch(error -> error.contains("frame-ancestors")));

        assertThat(page.frameLocator("#atlas").locator(".sa-pin")).hasCount(0);
        assertThat(pageErrors).anyMatch(error -> error.contains("frame-ancestors 'self' http://localhost:" + HOST.port()));
        pageErrors.removeIf(error -> error.contains("frame-ancestors")); // the refusal this test expects
    }

    private String framingPage() {
        return HOST.page("/allow-list.html", "<iframe id=\"atlas\" src=\"" + url("/embed?lang=en") + "\" title=\"Map\""
                + " style=\"width:800px;height:640px;border:0\"></iframe>");
    }
}
