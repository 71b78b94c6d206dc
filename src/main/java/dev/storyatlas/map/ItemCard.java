package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.Speech;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import dev.storyatlas.story.When;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One incident or quote in the place panel: when, what, who is involved, who claims it and how, and
 * the article's own passage with the number a reader finds it under. Direct speech stands in quotation
 * marks, indirect speech (the article's paraphrase) without, marked as paraphrase. All story text is set
 * as text, never HTML.
 */
class ItemCard extends ListItem {

    /** The card of the item; {@code placeIds} are the places the panel is about, whose notes it shows. */
    ItemCard(Story story, StoryItem item, Set<String> placeIds) {
        addClassNames("sa-item", item instanceof Quote ? "sa-item--quote" : "sa-item--incident");
        getElement().setAttribute("data-item", item.id());
        switch (item) {
            case Incident incident -> showIncident(story, incident);
            case Quote quote -> showQuote(story, quote);
        }
        item.places().stream()
                .filter(ref -> placeIds.contains(ref.place()) && ref.note() != null)
                .forEach(ref -> add(line("sa-item__place-note", getTranslation("item.place-" + basisKey(ref)) + " " + ref.note())));
        if (item.withoutPlace() != null) {
            add(line("sa-item__place-note", getTranslation("item.place-none") + " " + item.withoutPlace()));
        }
        add(source(story, item));
    }

    private void showIncident(Story story, Incident incident) {
        add(when(incident.when()));
        add(line("sa-item__summary", incident.summary()));
        if (!incident.actors().isEmpty()) {
            add(line("sa-item__actors", getTranslation("item.actors", names(story, incident.actors()))));
        }
        add(claim(story, incident.claim()));
    }

    private void showQuote(Story story, Quote quote) {
        Texts texts = Texts.of(this, getLocale());
        add(line("sa-item__speaker", speakerLine(texts, story, quote)));
        add(when(quote.when()));
        Paragraph text = line("sa-item__quote-text", quoteText(texts, quote));
        text.addClassName(quote.speech() == Speech.DIRECT ? "sa-item__quote-text--direct" : "sa-item__quote-text--indirect");
        add(text);
    }

    /** Who said a quote and how (directly or as the article's paraphrase), in the texts' language. */
    static String speakerLine(Texts texts, Story story, Quote quote) {
        return texts.get("item.quote." + quote.speech().wireName(), names(story, List.of(quote.speaker())));
    }

    /** A quote's words: in quotation marks when direct, as the article paraphrases them when indirect. */
    static String quoteText(Texts texts, Quote quote) {
        return quote.speech() == Speech.DIRECT ? texts.get("item.quote.direct.text", quote.text()) : quote.text();
    }

    private Component when(When when) {
        Div box = new Div();
        box.addClassName("sa-item__when");
        if (when.wording() == null && when.date() == null) {
            box.setVisible(false);
            return box;
        }
        box.add(new Span(whenText(when, getLocale())));
        if (when.resolvedFrom() != null) {
            Span basis = new Span(getTranslation("item.date-resolved", when.resolvedFrom()));
            basis.addClassName("sa-item__date-basis");
            box.add(basis);
        }
        return box;
    }

    /** When an item happened as the panel shows it: the article's wording and the date, either of them or both. */
    static String whenText(When when, Locale locale) {
        StringBuilder text = new StringBuilder(when.wording() == null ? "" : when.wording());
        if (when.date() != null) {
            String date = when.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            text.append(text.isEmpty() ? "" : " · ").append(date);
        }
        return text.toString();
    }

    private Component claim(Story story, Claim claim) {
        return line("sa-item__claim", claimText(Texts.of(this, getLocale()), story, claim));
    }

    /** Who claims it and how, with the article's own attribution, in the texts' language. */
    static String claimText(Texts texts, Story story, Claim claim) {
        String how = claim.how().wireName();
        String text = claim.by().isEmpty()
                ? texts.get("claim." + how + ".unnamed")
                : texts.get("claim." + how, names(story, claim.by()));
        if (claim.attribution() != null) {
            text += " · " + texts.get("claim.attribution", claim.attribution());
        }
        return text;
    }

    private Component source(Story story, StoryItem item) {
        Div source = new Div();
        source.addClassName("sa-item__source");
        Span excerpt = new Span(item.citation().excerpt());
        excerpt.addClassName("sa-item__excerpt");
        int paragraph = story.article().textParagraphNumber(item.citation().paragraph());
        Span reference = new Span(paragraph == 0
                ? getTranslation("item.source.heading", story.publisher())
                : getTranslation("item.source", story.publisher(), paragraph));
        reference.addClassName("sa-item__reference");
        source.add(excerpt, reference);
        return source;
    }

    private static String names(Story story, List<String> actorIds) {
        return actorIds.stream().map(id -> story.actor(id).map(Actor::name).orElse(id)).collect(Collectors.joining(", "));
    }

    private static String basisKey(PlaceRef ref) {
        return ref.basis().wireName();
    }

    private static Paragraph line(String className, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
