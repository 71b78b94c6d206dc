package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's records hold what their types say: no null where none is declared, and lists that never change. */
class StoryModelTest {

    @Test
    void a_record_refuses_a_missing_field_by_name() {
        assertThatThrownBy(() -> new PlaceRef(null, PlaceBasis.NAMED, null)).isInstanceOf(NullPointerException.class).hasMessage("place");
        assertThatThrownBy(() -> new Citation(1, null)).isInstanceOf(NullPointerException.class).hasMessage("excerpt");
        assertThatThrownBy(() -> new Claim(List.of(), null, null)).isInstanceOf(NullPointerException.class).hasMessage("how");
        assertThatThrownBy(() -> new Place.Names("Berg", null)).isInstanceOf(NullPointerException.class).hasMessage("en");
    }

    @Test
    void a_list_with_a_null_entry_is_refused() {
        assertThatThrownBy(() -> new Claim(Arrays.asList("town", null), ClaimKind.REPORTED, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_records_list_is_a_copy_that_cannot_change() {
        List<String> members = new ArrayList<>(List.of("town"));
        Actor mayor = new Actor("mayor", "Bürgermeisterin", ActorKind.PERSON, members);
        members.add("elsewhere");

        assertThat(mayor.memberOf()).containsExactly("town");
        assertThatThrownBy(() -> mayor.memberOf().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void optional_fields_are_the_ones_declared_nullable() {
        PlaceRef ref = new PlaceRef("bergstadt", PlaceBasis.NAMED, null);
        Claim claim = new Claim(List.of(), ClaimKind.REPORTED, null);

        assertThat(ref.note()).isNull();
        assertThat(claim.attribution()).isNull();
    }
}
