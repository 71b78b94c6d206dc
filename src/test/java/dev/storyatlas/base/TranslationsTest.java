package dev.storyatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void a_text_with_values_is_formatted_in_the_readers_language_each_time_with_its_own_values() {
        assertThat(translations.getTranslation("count.shown", Locale.ENGLISH, 1, 0, 0)).isEqualTo("Showing 1 report, no assessments and no quotes");
        assertThat(translations.getTranslation("count.shown", Locale.ENGLISH, 11, 4, 6)).isEqualTo("Showing 11 reports, 4 assessments and 6 quotes");
        assertThat(translations.getTranslation("count.shown", Locale.GERMAN, 11, 1, 6)).isEqualTo("11 Berichte, 1 Einschätzung und 6 Zitate angezeigt");
        assertThat(translations.getTranslation("places.entry", Locale.GERMANY, "Seoul", 1)).isEqualTo("Seoul – 1 Eintrag");
    }

    @Test
    void a_missing_key_shows_as_itself_in_brackets() {
        assertThat(translations.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("[no.such.key]");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH, 3)).isEqualTo("[no.such.key]");
    }

    @Test
    void readers_formatting_the_same_text_at_once_get_their_own_values() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            var results = IntStream.range(0, 900)
                    .mapToObj(i -> threads.submit(() -> translations.getTranslation("places.entry", Locale.ENGLISH, "P" + i, i + 2)))
                    .toList();
            for (int i = 0; i < results.size(); i++) {
                Future<String> result = results.get(i);
                assertThat(result.get()).isEqualTo("P" + i + " – " + (i + 2) + " items");
            }
        }
    }
}
