package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AsciiJsonTest {

    private static final String TEXT = "„Pjöngjang → Moskau“";

    @Test
    void the_json_servers_keep_is_ascii_only_and_reads_back_as_the_same_text() {
        String json = AsciiJson.mapper(PlatformProperties.DEFAULTS).writeValueAsString(List.of(TEXT));

        assertThat(json.chars().allMatch(c -> c < 128)).as(json).isTrue();
        assertThat(JsonMapper.builder().build().readValue(json, String[].class)).containsExactly(TEXT);
    }

    @Test
    void switched_off_the_json_keeps_its_characters_as_they_are() {
        String json = AsciiJson.mapper(new PlatformProperties(true, true, true, false)).writeValueAsString(List.of(TEXT));

        assertThat(json).isEqualTo("[\"" + TEXT + "\"]");
    }
}
