package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The first pins' JSON sits inside a script element of the bootstrap page; no story text may end it. */
class FirstPinsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void text_that_would_end_the_script_element_is_escaped_and_reads_back_unchanged() {
        String name = "</script><script>alert('x')</script><!-- & \u2028 \u2029 -->";
        String json = JSON.writeValueAsString(new Named(name));

        String safe = FirstPins.scriptSafe(json);

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(safe.toLowerCase()).doesNotContain("</script");
        assertThat(JSON.readValue(safe, Named.class).name()).isEqualTo(name);
    }

    record Named(String name) {
    }
}
