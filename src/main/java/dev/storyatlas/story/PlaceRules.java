package dev.storyatlas.story;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desk's rules for where a story puts things, so that the map draws no place the article does not
 * support: a directed line only between places the passage names, no second arrow beside the same one,
 * an implied place only where the passage implies one, a capital that stands for its state marked so.
 * Runs after the {@link StoryValidator}'s checks and skips what those already report (missing fields,
 * unknown ids).
 */
final class PlaceRules {

    // a note saying the passage gives no place cannot justify an implied one
    private static final Pattern NO_PLACE = Pattern.compile(
            "(?iu)\\bwo\\b[^.;]*, sagt (der Artikel|die Passage) nicht|sagt (der Artikel |die Passage )?nicht,? wo"
                    + "|nennt (der Artikel |die Passage )?keinen Ort"
                    + "|einen Ort nennt (der Artikel|die Passage) nicht|does not say where|names no place");
    // a note saying the place stands for a state describes basis "state", not "implied"
    private static final Pattern STANDS_FOR = Pattern.compile(
            "(?u)steht (hier |als Hauptstadt )?für (den Staat|das Land|\\p{Lu})|(?i)stands for");

    private final Story story;
    private final BiConsumer<String, String> problem;

    /** Rules for the story; {@code problem} takes a field path and a message. */
    PlaceRules(Story story, BiConsumer<String, String> problem) {
        this.story = story;
        this.problem = problem;
    }

    void check() {
        for (int i = 0; i < story.places().size(); i++) {
            Place place = story.places().get(i);
            if (place != null && StoryItem.WITHOUT_PLACE.equals(place.id())) {
                problem.accept("places[" + i + "].id", "'" + StoryItem.WITHOUT_PLACE + "' is reserved: the map lists the items without a place under it");
            }
        }
        checkItems("incidents", story.incidents());
        checkItems("quotes", story.quotes());
        for (int i = 0; i < story.links().size(); i++) {
            checkLink(i, story.links().get(i));
        }
    }

    private void checkItems(String list, List<? extends @Nullable StoryItem> items) {
        for (int i = 0; i < items.size(); i++) {
            StoryItem item = items.get(i);
            if (item == null) {
                continue;
            }
            String at = list + "[" + i + "]";
            if (item.withoutPlace() != null && !item.places().isEmpty()) {
                problem.accept(at + ".withoutPlace", "an item with places cannot also be without one");
            }
            for (int j = 0; j < item.places().size(); j++) {
                PlaceRef ref = item.places().get(j);
                if (ref != null && ref.basis() == PlaceBasis.IMPLIED && ref.note() != null) {
                    checkImpliedNote(at + ".places[" + j + "]", ref);
                }
            }
        }
    }

    private void checkImpliedNote(String at, PlaceRef ref) {
        if (NO_PLACE.matcher(ref.note()).find()) {
            problem.accept(at + ".basis", "the note says the passage gives no place, so nothing implies '" + ref.place()
                    + "': leave the item without a place ('withoutPlace') instead");
        } else if (STANDS_FOR.matcher(ref.note()).find()) {
            problem.accept(at + ".basis", "the note says '" + ref.place() + "' stands for a state: that is basis 'state', not 'implied'");
        }
    }

    private void checkLink(int i, @Nullable Link link) {
        if (link == null || link.kind() == null || link.from() == null || link.to() == null) {
            return;
        }
        String at = "links[" + i + "]";
        for (int k = 0; k < i; k++) {
            Link earlier = story.links().get(k);
            if (link.kind().directed() && earlier != null && earlier.kind() == link.kind()
                    && link.from().equals(earlier.from()) && link.to().equals(earlier.to())) {
                problem.accept(at + ".kind", "a second " + kindName(link) + " arrow from '" + link.from() + "' to '" + link.to()
                        + "' beside '" + earlier.id() + "' invites readers to add them up: draw one");
            }
        }
        Incident incident = story.incidents().stream()
                .filter(candidate -> candidate != null && Objects.equals(candidate.id(), link.incident()))
                .findFirst().orElse(null);
        if (!link.kind().directed() || incident == null) {
            return;
        }
        checkNamedEnd(at + ".from", link, link.from(), incident);
        checkNamedEnd(at + ".to", link, link.to(), incident);
    }

    private void checkNamedEnd(String at, Link link, String placeId, Incident incident) {
        incident.places().stream()
                .filter(ref -> ref != null && placeId.equals(ref.place()) && ref.basis() != null && ref.basis() != PlaceBasis.NAMED)
                .findFirst()
                .ifPresent(ref -> problem.accept(at, "a " + kindName(link) + " needs both ends named by the passage, but '" + placeId
                        + "' stands in incident '" + incident.id() + "' with basis '" + ref.basis().name().toLowerCase(Locale.ROOT)
                        + "': draw no line, or end it at a place the passage names"));
    }

    private static String kindName(Link link) {
        return link.kind().name().toLowerCase(Locale.ROOT);
    }
}
