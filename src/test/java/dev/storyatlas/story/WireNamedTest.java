package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The model's names outside Java: one per constant, the one story files use, and links found by id. */
class WireNamedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<Class<? extends WireNamed>> ENUMS =
            List.of(ActorKind.class, ClaimKind.class, LinkKind.class, PlaceBasis.class, PlaceKind.class, Speech.class);

    @Test
    void every_constant_has_the_wire_name_jackson_reads_and_writes() {
        for (Class<? extends WireNamed> type : ENUMS) {
            for (WireNamed constant : type.getEnumConstants()) {
                assertThat(JSON.writeValueAsString(constant)).as("%s", constant).isEqualTo("\"" + constant.wireName() + "\"");
                assertThat(JSON.readValue("\"" + constant.wireName() + "\"", type)).isSameAs(constant);
            }
        }
    }

    @Test
    void a_two_word_constant_is_named_with_a_hyphen() {
        assertThat(ClaimKind.NOT_DENIED.wireName()).isEqualTo("not-denied");
        assertThat(Stream.of(LinkKind.values()).map(LinkKind::wireName)).containsExactly("deployment", "call", "visit", "alliance", "relations");
    }

    @Test
    void a_story_finds_its_links_by_id() {
        Story story = new StoryLoader().load(new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml"));
        Link first = story.links().getFirst();

        assertThat(story.link(first.id())).containsSame(first);
        assertThat(story.link("no-such-link")).isEmpty();
    }
}
