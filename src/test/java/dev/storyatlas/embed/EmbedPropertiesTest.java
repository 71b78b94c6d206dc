package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedPropertiesTest {

    @Test
    void by_default_every_site_may_frame_the_embed_none_may_run_the_element_and_sessions_last_ten_minutes() {
        EmbedProperties properties = new EmbedProperties(null, null);

        assertThat(properties.anyOrigin()).isTrue();
        assertThat(properties.allowsElementOn("https://anyone.example")).isFalse();
        assertThat(properties.allowsElementOn("null")).isFalse();
        assertThat(properties.sessionTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void allowed_origins_match_as_browsers_write_them() {
        EmbedProperties properties = new EmbedProperties(List.of(" HTTPS://News.Example/ "), null);

        assertThat(properties.allowsElementOn("https://news.example")).isTrue();
        assertThat(properties.allowsElementOn("https://news.example.evil")).isFalse();
        assertThat(properties.allowsElementOn("http://news.example")).isFalse();
    }

    @Test
    void an_allowed_origin_with_more_than_scheme_host_and_port_stops_the_start() {
        assertThatThrownBy(() -> new EmbedProperties(List.of("https://news.example; script-src *"), null))
                .hasMessageContaining("storyatlas.embed.allowed-origins");
        assertThatThrownBy(() -> new EmbedProperties(List.of("https://news.example/path"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
