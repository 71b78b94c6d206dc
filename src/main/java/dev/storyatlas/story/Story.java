package dev.storyatlas.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One published story with its places, actors, incidents, quotes and the links between places. Immutable; built only by the
 * {@link StoryLoader}, which checks every reference and citation, so views may trust it.
 *
 * @param published the month the article gives as its date
 * @param publishedNotBefore the earliest day the article can have appeared, where its content tells (its latest
 *         dated event), so the map can give the article's date as precisely as it is known
 */
public record Story(
        String id,
        String title,
        String publisher,
        YearMonth published,
        @Nullable LocalDate publishedNotBefore,
        String language,
        Article article,
        List<Place> places,
        List<Actor> actors,
        List<Incident> incidents,
        List<Quote> quotes,
        List<Link> links) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(article, "article");
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        incidents = List.copyOf(incidents);
        quotes = List.copyOf(quotes);
        links = List.copyOf(links);
    }

    /** The place with this id, if the story has one. */
    public Optional<Place> place(String placeId) {
        return places.stream().filter(p -> p.id().equals(placeId)).findFirst();
    }

    /** The actor with this id, if the story has one. */
    public Optional<Actor> actor(String actorId) {
        return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
    }

    /** Incidents and quotes together, in the order their citations appear in the article. */
    public List<StoryItem> items() {
        return Stream.<StoryItem>concat(incidents.stream(), quotes.stream())
                .sorted(article.readingOrder())
                .toList();
    }

    /**
     * The items that involve any of the given actors or anyone belonging to them, in article order;
     * all items when no actor is given.
     */
    public List<StoryItem> itemsInvolving(Set<String> actorIds) {
        if (actorIds.isEmpty()) {
            return items();
        }
        Set<String> wanted = withMembers(actorIds);
        return items().stream()
                .filter(item -> item.involvedActors().stream().anyMatch(wanted::contains))
                .toList();
    }

    /** The places, in story order, at which at least one of the given items stands. */
    public List<Place> placesOf(List<StoryItem> items) {
        return places.stream().filter(place -> items.stream().anyMatch(item -> item.isAt(place.id()))).toList();
    }

    /** The links whose incident is among the given items. */
    public List<Link> linksOf(List<StoryItem> items) {
        return links.stream().filter(link -> items.stream().anyMatch(item -> item.id().equals(link.incident()))).toList();
    }

    /** The link with this id, if the story has one. */
    public Optional<Link> link(String linkId) {
        return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    /** The incident with this id, if the story has one. */
    public Optional<Incident> incident(String incidentId) {
        return incidents.stream().filter(i -> i.id().equals(incidentId)).findFirst();
    }

    /** The given actors and, transitively, everyone who belongs to them (a state's people and institutions). */
    public Set<String> withMembers(Set<String> actorIds) {
        Set<String> result = new LinkedHashSet<>(actorIds);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Actor actor : actors) {
                if (!result.contains(actor.id()) && actor.memberOf().stream().anyMatch(result::contains)) {
                    grew |= result.add(actor.id());
                }
            }
        }
        return result;
    }
}
