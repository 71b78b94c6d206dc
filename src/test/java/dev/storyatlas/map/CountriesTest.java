package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private static final double[] MOSCOW = {55.7558, 37.6173};
    private static final double[] PYONGYANG = {39.0392, 125.7625};
    private static final double[] SEOUL = {37.5665, 126.9780};
    /** In the Sea of Japan, between Korea and Japan. */
    private static final double[] AT_SEA = {39.0, 134.0};

    private final Countries world = Countries.world();

    @Test
    void a_place_in_russia_names_russia_in_the_languages_the_readers_read() {
        assertThat(world.holding(List.of(MOSCOW), Locale.ENGLISH)).extracting(Countries.Label::name).containsExactly("Russia");
        assertThat(world.holding(List.of(MOSCOW), Locale.GERMAN)).extracting(Countries.Label::name).containsExactly("Russland");
    }

    @Test
    void the_label_carries_the_basemap_datas_id_of_the_country() {
        // world-atlas names its countries by their ISO numeric code: 643 is Russia
        assertThat(world.holding(List.of(MOSCOW), Locale.ENGLISH)).extracting(Countries.Label::id).containsExactly("643");
    }

    @Test
    void a_place_at_sea_names_no_country() {
        assertThat(world.holding(List.of(AT_SEA), Locale.GERMAN)).isEmpty();
    }

    @Test
    void each_country_is_named_once_in_the_page_language_however_many_places_it_holds() {
        assertThat(world.holding(List.of(SEOUL, PYONGYANG, AT_SEA, new double[] {35.1796, 129.0756}), Locale.GERMAN))
                .extracting(Countries.Label::name).containsExactlyInAnyOrder("Nordkorea", "Südkorea");
    }

    @Test
    void the_name_stands_at_the_middle_of_the_countrys_largest_part_inside_the_country() {
        Countries.Label northKorea = world.holding(List.of(PYONGYANG), Locale.ENGLISH).getFirst();
        assertThat(northKorea.name()).isEqualTo("North Korea");
        assertThat(world.holding(List.of(new double[] {northKorea.lat(), northKorea.lon()}), Locale.ENGLISH)).containsExactly(northKorea);
        // Russia's largest part crosses the antimeridian: wrapped, its middle stays in Siberia, not in the Pacific
        Countries.Label russia = world.holding(List.of(MOSCOW), Locale.ENGLISH).getFirst();
        assertThat(russia.lon()).isBetween(60.0, 120.0);
        assertThat(russia.lat()).isCloseTo(62.0, within(8.0));
    }
}
