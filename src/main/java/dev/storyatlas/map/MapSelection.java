package dev.storyatlas.map;

import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * What the map shows for a state: the items that pass the actor filter and the time range, the places
 * and links they account for. Undated items pass any time range; {@code undatedKept} counts them while a
 * range is set, so the view can say so.
 */
record MapSelection(List<StoryItem> items, List<Place> places, List<Link> links, int undatedKept) {

    static MapSelection of(Story story, MapState state) {
        Optional<LocalDate> from = state.fromDate();
        Optional<LocalDate> to = state.toDate();
        List<StoryItem> items = story.itemsInvolving(state.actors()).stream()
                .filter(item -> item.when().date() == null
                        || from.map(day -> !item.when().date().isBefore(day)).orElse(true)
                        && to.map(day -> !item.when().date().isAfter(day)).orElse(true))
                .toList();
        int undated = from.isPresent() || to.isPresent()
                ? (int) items.stream().filter(item -> item.when().date() == null).count()
                : 0;
        return new MapSelection(items, story.placesOf(items), story.linksOf(items), undated);
    }

    /** The shown items at the place, in article order. */
    List<StoryItem> itemsAt(String placeId) {
        return items.stream().filter(item -> item.isAt(placeId)).toList();
    }

    /** How many shown items are at each place, by place id (an item at a place twice counts once); places without any are missing. */
    Map<String, Integer> itemCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (StoryItem item : items) {
            item.places().stream().map(PlaceRef::place).distinct().forEach(place -> counts.merge(place, 1, Integer::sum));
        }
        return Map.copyOf(counts);
    }

    /** The number of shown items at a place, all places counted at once ({@link #itemCounts()}): for a whole map or list. */
    ToIntFunction<Place> itemCount() {
        Map<String, Integer> counts = itemCounts();
        return place -> counts.getOrDefault(place.id(), 0);
    }

    /** The shown incidents the article reports (its own or others' claims), assessments left out. */
    long reports() {
        return items.stream().filter(item -> item instanceof Incident incident && incident.claim().how() != ClaimKind.ASSESSED).count();
    }

    /** The shown assessments, the publisher's own analysis among them: not reports of something that happened. */
    long assessments() {
        return items.stream().filter(item -> item instanceof Incident incident && incident.claim().how() == ClaimKind.ASSESSED).count();
    }

    /** The shown quotes. */
    long quotes() {
        return items.stream().filter(Quote.class::isInstance).count();
    }

    /** Whether the place has a pin, or for {@link StoryItem#WITHOUT_PLACE}, whether any shown item has no place. */
    boolean showsPlace(String placeId) {
        return places.stream().anyMatch(place -> place.id().equals(placeId)) || !itemsAt(placeId).isEmpty();
    }

    Optional<Link> link(String linkId) {
        return links.stream().filter(link -> link.id().equals(linkId)).findFirst();
    }
}
