package dev.storyatlas.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A story file as written, before it is checked: every field may be missing, null or wrong, so that
 * the {@link StoryValidator} can name each fault where it stands. Jackson binds files to these records
 * only; {@link #toStory()} builds the model, whose records refuse nulls, from a story that passed.
 * Lists are never null here (a missing list is empty), but their entries may be.
 */
record StoryInput(
        @Nullable String id,
        @Nullable String title,
        @Nullable String publisher,
        @Nullable YearMonth published,
        @Nullable LocalDate publishedNotBefore,
        @Nullable String language,
        @JsonDeserialize(using = ArticleDeserializer.class) @Nullable Article article,
        List<@Nullable PlaceInput> places,
        List<@Nullable ActorInput> actors,
        List<@Nullable IncidentInput> incidents,
        List<@Nullable QuoteInput> quotes,
        List<@Nullable LinkInput> links) {

    StoryInput {
        places = orEmpty(places);
        actors = orEmpty(actors);
        incidents = orEmpty(incidents);
        quotes = orEmpty(quotes);
        links = orEmpty(links);
    }

    /** The model of a story the validator passed; a field it let through as null fails here, by name. */
    Story toStory() {
        return new Story(id, title, publisher, published, publishedNotBefore, language, article,
                places.stream().map(place -> present(place).toPlace()).toList(),
                actors.stream().map(actor -> present(actor).toActor()).toList(),
                incidents.stream().map(incident -> present(incident).toIncident()).toList(),
                quotes.stream().map(quote -> present(quote).toQuote()).toList(),
                links.stream().map(link -> present(link).toLink()).toList());
    }

    /** A place as written. */
    record PlaceInput(@Nullable String id, @Nullable NamesInput name, @Nullable Double lat, @Nullable Double lon,
            @Nullable PlaceKind kind, @Nullable Boolean implied, @Nullable String note) {

        boolean isImplied() {
            return Boolean.TRUE.equals(implied);
        }

        Place toPlace() {
            return new Place(id, present(name).toNames(), present(lat), present(lon), kind, isImplied(), note);
        }
    }

    /** A place's names as written. */
    record NamesInput(@Nullable String de, @Nullable String en) {

        Place.Names toNames() {
            return new Place.Names(de, en);
        }
    }

    /** An actor as written. */
    record ActorInput(@Nullable String id, @Nullable String name, @Nullable ActorKind kind, List<@Nullable String> memberOf) {

        ActorInput {
            memberOf = orEmpty(memberOf);
        }

        Actor toActor() {
            return new Actor(id, name, kind, memberOf);
        }
    }

    /** What incidents and quotes share, as written. */
    sealed interface ItemInput permits IncidentInput, QuoteInput {

        @Nullable String id();

        List<@Nullable PlaceRefInput> places();

        @Nullable String withoutPlace();

        @Nullable When when();

        @Nullable CitationInput citation();
    }

    /** An incident as written. */
    record IncidentInput(@Nullable String id, List<@Nullable PlaceRefInput> places, @Nullable String withoutPlace, @Nullable When when,
            List<@Nullable String> actors, @Nullable String summary, @Nullable ClaimInput claim, @Nullable CitationInput citation)
            implements ItemInput {

        IncidentInput {
            places = orEmpty(places);
            actors = orEmpty(actors);
        }

        Incident toIncident() {
            return new Incident(id, refs(places), withoutPlace, Objects.requireNonNullElse(when, When.UNSTATED), actors, summary,
                    present(claim).toClaim(), present(citation).toCitation());
        }
    }

    /** A quote as written. */
    record QuoteInput(@Nullable String id, @Nullable String speaker, List<@Nullable PlaceRefInput> places, @Nullable String withoutPlace,
            @Nullable When when, @Nullable String text, @Nullable Speech speech, @Nullable CitationInput citation) implements ItemInput {

        QuoteInput {
            places = orEmpty(places);
        }

        Quote toQuote() {
            return new Quote(id, speaker, refs(places), withoutPlace, Objects.requireNonNullElse(when, When.UNSTATED), text, speech,
                    present(citation).toCitation());
        }
    }

    /** An item's place as written. */
    record PlaceRefInput(@Nullable String place, @Nullable PlaceBasis basis, @Nullable String note) {

        PlaceRef toPlaceRef() {
            return new PlaceRef(place, basis, note);
        }
    }

    /** A claim as written. */
    record ClaimInput(List<@Nullable String> by, @Nullable ClaimKind how, @Nullable String attribution) {

        ClaimInput {
            by = orEmpty(by);
        }

        Claim toClaim() {
            return new Claim(by, how, attribution);
        }
    }

    /** A citation as written. */
    record CitationInput(@Nullable Integer paragraph, @Nullable String excerpt) {

        Citation toCitation() {
            return new Citation(present(paragraph), excerpt);
        }
    }

    /** A link as written. */
    record LinkInput(@Nullable String id, @Nullable String from, @Nullable String to, @Nullable LinkKind kind,
            List<@Nullable String> actors, @Nullable String incident, @Nullable String summary) {

        LinkInput {
            actors = orEmpty(actors);
        }

        Link toLink() {
            return new Link(id, from, to, kind, actors, incident, summary);
        }
    }

    private static List<PlaceRef> refs(List<@Nullable PlaceRefInput> places) {
        return places.stream().map(ref -> present(ref).toPlaceRef()).toList();
    }

    private static <T> T present(@Nullable T value) {
        return Objects.requireNonNull(value, "the validator let a missing value through");
    }

    /** The list as written, empty when missing; null entries are kept for the validator to name. */
    private static <T> List<@Nullable T> orEmpty(@Nullable List<@Nullable T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
