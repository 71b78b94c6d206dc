package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.PlaceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shipped();

    @Test
    void german_exonyms_lead_to_the_cities_they_name() {
        assertThat(List.of("Moskau", "Peking", "Kyjiw", "Pjöngjang", "Brjansk", "Tokio", "Warschau"))
                .extracting(name -> gazetteer.englishName(gazetteer.named(name).getFirst()))
                .containsExactly("Moscow", "Beijing", "Kyiv", "Pyongyang", "Bryansk", "Tokyo", "Warsaw");
    }

    @Test
    void a_capital_has_its_german_and_english_name_and_a_country_its_capital() {
        Gazetteer.Entry beijing = gazetteer.capital("CN").orElseThrow();

        assertThat(beijing.capital()).isTrue();
        assertThat(gazetteer.germanName(beijing)).isEqualTo("Peking");
        assertThat(gazetteer.englishName(beijing)).isEqualTo("Beijing");
        assertThat(beijing.lat()).isBetween(39.0, 41.0);
        assertThat(gazetteer.countries()).hasSizeGreaterThan(200);
        assertThat(gazetteer.countries().stream().filter(c -> gazetteer.capital(c.country()).isPresent())).hasSizeGreaterThan(180);
    }

    @Test
    void cities_that_name_a_time_zone_have_their_german_name_and_others_their_own() {
        assertThat(List.of("Vladivostok", "Yekaterinburg", "Volgograd", "Kiev", "Bryansk", "Kharkiv"))
                .extracting(name -> gazetteer.germanName(gazetteer.named(name).getFirst()))
                .containsExactly("Wladiwostok", "Jekaterinburg", "Wolgograd", "Kyjiw", "Bryansk", "Kharkiv");
        assertThat(gazetteer.named("Wladiwostok")).extracting(Gazetteer.Entry::name).startsWith("Vladivostok");
    }

    @Test
    void country_names_come_in_german_and_english_with_common_short_forms() {
        Gazetteer.Entry us = gazetteer.country("US").orElseThrow();
        Gazetteer.Entry northKorea = gazetteer.country("KP").orElseThrow();

        assertThat(us.names()).contains("Vereinigte Staaten", "United States", "USA");
        assertThat(northKorea.names()).contains("Nordkorea", "North Korea");
        assertThat(northKorea.kind()).isEqualTo(PlaceKind.COUNTRY);
    }

    @Test
    void a_short_name_several_cities_share_leads_to_each_of_them_the_largest_first() {
        assertThat(gazetteer.shortNamed("Frankfurt")).extracting(Gazetteer.Entry::name)
                .startsWith("Frankfurt am Main").contains("Frankfurt (Oder)");
        assertThat(gazetteer.shortNamed("Neustadt")).hasSizeGreaterThan(3);
    }

    @Test
    void a_region_is_found_through_the_city_it_is_named_after() {
        Gazetteer.Entry bryansk = gazetteer.named("Brjansk").getFirst();

        assertThat(gazetteer.regionsNamedAfter(bryansk)).extracting(Gazetteer.Entry::name).containsExactly("Bryansk Oblast");
    }
}
