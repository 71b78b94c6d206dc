package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapStateTest {

    @Test
    void actors_may_be_repeated_or_comma_separated_and_blanks_are_dropped() {
        MapState state = MapState.of(QueryParameters.fromString("actor=usa,%20nato&actor=china&actor=&place=kyiv&lang=de"));

        assertThat(state.actors()).containsExactlyInAnyOrder("usa", "nato", "china");
        assertThat(state.place()).isEqualTo("kyiv");
        assertThat(state.lang()).isEqualTo("de");
    }

    @Test
    void an_empty_query_is_the_empty_state() {
        assertThat(MapState.of(QueryParameters.empty())).isEqualTo(MapState.EMPTY);
        assertThat(MapState.EMPTY.toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void the_query_string_round_trips_and_lists_actors_in_a_stable_order() {
        MapState state = new MapState("seoul", Set.of("usa", "china"), "en");

        String query = state.toQueryParameters().getQueryString();

        assertThat(query.split("&")).containsExactlyInAnyOrder("place=seoul", "actor=china%2Cusa", "lang=en");
        assertThat(MapState.of(QueryParameters.fromString(query))).isEqualTo(state);
    }

    @Test
    void changing_the_place_keeps_filter_and_language() {
        MapState state = new MapState(null, Set.of("nato"), "de").withPlace("moscow");

        assertThat(state).isEqualTo(new MapState("moscow", Set.of("nato"), "de"));
        assertThat(state.withPlace(null).place()).isNull();
    }

    @Test
    void every_parameter_is_written_in_one_fixed_order_and_encoded_for_a_url() {
        MapState state = new MapState(null, Set.of("usa", "china"), "de", "call one", "2024-10-18", "2024-10-21");

        assertThat(state.parameters().keySet()).containsExactly("link", "actor", "from", "to", "lang");
        assertThat(state.queryString()).isEqualTo("link=call+one&actor=china%2Cusa&from=2024-10-18&to=2024-10-21&lang=de");
        assertThat(state.withPlace("seoul").parameters().keySet()).containsExactly("place", "actor", "from", "to", "lang");
        assertThat(MapState.PARAMETERS).containsAll(state.withPlace("seoul").withLink("x").parameters().keySet());
    }

    @Test
    void the_state_reads_back_from_its_own_parameters() {
        MapState state = new MapState("seoul", Set.of("usa", "china"), "en", null, "2024-10-18", null);

        assertThat(MapState.of(QueryParameters.fromString(state.queryString()))).isEqualTo(state);
        assertThat(MapState.of(QueryParameters.simple(state.parameters()))).isEqualTo(state);
    }
}
