package dev.storyatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.map.MapProperties;
import dev.storyatlas.web.RawHttp.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every answer carries, read from the real server: pages, the embed, data, files and errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
class SecurityHeadersTest {

    @LocalServerPort
    private int port;

    @Test
    void every_answer_forbids_sniffing_limits_the_referrer_and_has_one_policy_without_plugins_or_foreign_base() throws Exception {
        for (String target : List.of("/?lang=en", "/embed?lang=en", "/stories", "/api/stories", "/story-atlas.css", "/embed.js",
                "/api/no-such-thing", "/?place=%E0%A4%A", "/actuator/health")) {
            Answer answer = RawHttp.get(port, target);

            assertThat(answer.header("X-Content-Type-Options")).as(target).contains("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(target).contains("strict-origin-when-cross-origin");
            assertThat(answer.headers().keySet().stream().filter("content-security-policy"::equals)).as(target).hasSize(1);
            assertThat(answer.header("Content-Security-Policy")).as(target).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("object-src 'none'", "base-uri 'self'", "default-src 'self'", "form-action 'self'")
                    .doesNotContain("*"));
            assertThat(answer.header("Strict-Transport-Security")).as(target + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void the_framing_rules_join_the_policy_in_the_same_header() throws Exception {
        String main = RawHttp.get(port, "/?lang=en").header("Content-Security-Policy").orElseThrow();
        assertThat(main.split(";")).extracting(String::strip).contains("frame-ancestors 'self'", "object-src 'none'");

        // the embed may be framed by any site (no allow-list here): no frame-ancestors, but the rest of the policy
        String embed = RawHttp.get(port, "/embed?lang=en").header("Content-Security-Policy").orElseThrow();
        assertThat(embed).doesNotContain("frame-ancestors").contains("object-src 'none'");
    }

    @Test
    void hsts_is_sent_when_the_reader_came_over_https_through_a_proxy() throws Exception {
        Answer answer = RawHttp.get(port, "/?lang=en", "X-Forwarded-Proto: https");

        assertThat(answer.header("Strict-Transport-Security")).contains(SecurityHeadersFilter.HSTS_VALUE);
        assertThat(RawHttp.get(port, "/api/stories", "X-Forwarded-Proto: http").header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void images_may_come_from_the_configured_tile_server_and_nowhere_else() {
        assertThat(SecurityHeadersFilter.policy(new MapProperties.Tiles(null, null, null))).contains("img-src 'self' data: blob:;");
        assertThat(SecurityHeadersFilter.policy(new MapProperties.Tiles("/tiles/{z}/{x}/{y}.png", null, null)))
                .contains("img-src 'self' data: blob:;");
        assertThat(SecurityHeadersFilter.policy(new MapProperties.Tiles("https://tiles.example.org:8443/{z}/{x}/{y}.png", null, null)))
                .contains("img-src 'self' data: blob: https://tiles.example.org:8443;");
        assertThat(SecurityHeadersFilter.tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEqualTo("https://*.tile.example.org");
        assertThat(SecurityHeadersFilter.tileSource("https://tiles-{s}.example.org/{z}/{x}/{y}.png")).isEqualTo("https:");
    }
}
