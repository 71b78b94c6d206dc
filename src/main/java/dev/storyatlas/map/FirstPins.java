package dev.storyatlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.Speech;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pins a story's map shows for a URL's state, as JSON for the bootstrap page, so the browser can
 * draw them before the server has built the view (frontend/first-map.ts), with the head of each place's panel,
 * so a pin chosen then answers at once. They are the shared
 * rendering's pins, the ones {@link StoryExplorer} will show for the same state; the text is data, and
 * every {@code <}, {@code >} and {@code &} is escaped so no story text can end the script element it sits in.
 */
@Component
public class FirstPins {

    /** The id of the data block in the page; frontend/names.ts has it as FIRST_PINS_ID. */
    public static final String ELEMENT_ID = "sa-first-pins";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Renderings renderings;

    FirstPins(Renderings renderings) {
        this.renderings = renderings;
    }

    /** The data block's JSON for the story in this state and language; empty when no place would be shown. */
    public Optional<String> json(Story story, MapState requested, Locale locale) {
        Rendering shown = renderings.of(story, locale, StoryExplorer.known(story, requested));
        return shown.selection().places().isEmpty() ? Optional.empty() : Optional.of(shown.firstPins());
    }

    /** The data block's JSON for a rendering's selection, pins and countries, worded in the texts' language. */
    static String data(Story story, MapSelection shown, String pins, String countries, Texts texts) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Place place : shown.places()) {
            answers.put(place.id(), new Answer(place.name(texts.locale()), place.note(),
                    shown.itemsAt(place.id()).stream().map(item -> AnswerItem.of(texts, story, item)).toList()));
        }
        String source = texts.get("story.source", story.publisher(), ArticleDate.of(story, texts));
        return scriptSafe(JSON.writeValueAsString(new Data(texts.get("map.label"), story.title(), source, Timeline.shows(story),
                pins, countries, answers)));
    }

    /**
     * What the data block holds: the map region's name, the story's title and source line as the main view's header shows
     * them, whether the view shows a timeline above its map (not for a story without dates), the pins and the names of the
     * countries holding them (both already JSON, as the view's map gets them) and, by place id, the first lines of the
     * place's panel, so a pin chosen before the view arrives shows its place's items at once.
     */
    record Data(String label, String title, String source, boolean timeline, @JsonRawValue String pins,
            @JsonRawValue String countries, Map<String, Answer> answers) {
    }

    /** The head of a place's panel as the view will show it: its name, the note on where it stands, its items. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String title, @Nullable String note, List<AnswerItem> items) {
    }

    /**
     * An item as its card begins ({@link ItemCard}): when, then an incident's summary or a quote's speaker and words,
     * then who claims it; the card's passage of the article and notes come with the view.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerItem(String id, boolean quote, @Nullable String when, @Nullable String speaker, String text, boolean direct, @Nullable String claim) {

        static AnswerItem of(Texts texts, Story story, StoryItem item) {
            String when = ItemCard.whenText(item.when(), texts.locale());
            return switch (item) {
                case Incident incident -> new AnswerItem(incident.id(), false, when.isEmpty() ? null : when, null, incident.summary(), false,
                        ItemCard.claimText(texts, story, incident.claim()));
                case Quote quote -> new AnswerItem(quote.id(), true, when.isEmpty() ? null : when, ItemCard.speakerLine(texts, story, quote),
                        ItemCard.quoteText(texts, quote), quote.speech() == Speech.DIRECT, null);
            };
        }
    }

    /** JSON that means the same but holds no {@code <}, {@code >} or {@code &}, nor line separators JavaScript once disliked. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
