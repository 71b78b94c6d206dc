package dev.storyatlas.story;

import dev.storyatlas.story.StoryInput.ActorInput;
import dev.storyatlas.story.StoryInput.CitationInput;
import dev.storyatlas.story.StoryInput.ClaimInput;
import dev.storyatlas.story.StoryInput.IncidentInput;
import dev.storyatlas.story.StoryInput.ItemInput;
import dev.storyatlas.story.StoryInput.LinkInput;
import dev.storyatlas.story.StoryInput.PlaceInput;
import dev.storyatlas.story.StoryInput.PlaceRefInput;
import dev.storyatlas.story.StoryInput.QuoteInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a story file as written ({@link StoryInput}) for everything the types cannot: required fields,
 * id syntax, unique ids, references that resolve, coordinates in range, membership without cycles, and
 * citations that stand verbatim in the article. Collects every problem instead of stopping at the first;
 * a story with none can be built into the model.
 */
final class StoryValidator {

    private static final Logger log = LoggerFactory.getLogger(StoryValidator.class);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final StoryInput story;
    private final List<StoryProblem> problems = new ArrayList<>();

    StoryValidator(String file, StoryInput story) {
        this.file = file;
        this.story = story;
    }

    /** Every problem of the story, in file order; empty when the story is valid. */
    List<StoryProblem> problems() {
        guarded("", this::checkStory);
        Set<String> placeIds = ids("places", story.places(), PlaceInput::id);
        Set<String> actorIds = ids("actors", story.actors(), ActorInput::id);
        guarded("places", this::checkPlaces);
        guarded("actors", () -> checkActors(actorIds));
        Set<String> itemIds = new HashSet<>();
        for (int i = 0; i < story.incidents().size(); i++) {
            String at = "incidents[" + i + "]";
            IncidentInput incident = story.incidents().get(i);
            guarded(at, () -> checkIncident(at, incident, placeIds, actorIds, itemIds));
        }
        for (int i = 0; i < story.quotes().size(); i++) {
            String at = "quotes[" + i + "]";
            QuoteInput quote = story.quotes().get(i);
            guarded(at, () -> checkQuote(at, quote, placeIds, actorIds, itemIds));
        }
        Set<String> linkIds = new HashSet<>();
        for (int i = 0; i < story.links().size(); i++) {
            String at = "links[" + i + "]";
            LinkInput link = story.links().get(i);
            guarded(at, () -> checkLink(at, link, actorIds, linkIds));
        }
        return List.copyOf(problems);
    }

    /**
     * Runs one part's checks; a check that fails on data it did not foresee becomes a problem of that
     * part, so the file is still refused with a place to look, and the other parts are still checked.
     */
    private void guarded(String at, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Checking {} of {} failed", at.isEmpty() ? "the story" : at, file, e);
            problems.add(StoryProblem.unexpected(file, at, e));
        }
    }

    private void checkStory() {
        if (required("id", story.id())) {
            checkIdSyntax("id", story.id());
        }
        required("title", story.title());
        required("publisher", story.publisher());
        required("language", story.language());
        if (story.published() == null) {
            problem("published", "is required (year and month, e.g. 2024-10)");
        }
        if (story.article() == null) {
            problem("article", "is required (the file name of the article's text, beside the story file)");
        }
        if (story.places().isEmpty()) {
            problem("places", "must list at least one place");
        }
    }

    private void checkPlaces() {
        for (int i = 0; i < story.places().size(); i++) {
            String at = "places[" + i + "]";
            PlaceInput place = story.places().get(i);
            if (place == null) {
                continue;
            }
            if (place.name() == null) {
                problem(at + ".name", "is required, with 'de' and 'en'");
            } else {
                required(at + ".name.de", place.name().de());
                required(at + ".name.en", place.name().en());
            }
            if (place.kind() == null) {
                problem(at + ".kind", "is required (city, region or country)");
            }
            if (place.lat() == null) {
                problem(at + ".lat", "is required");
            } else if (!(place.lat() >= -90 && place.lat() <= 90)) {
                problem(at + ".lat", "latitude " + place.lat() + " is outside -90..90" + swapHint(place.lat(), place.lon()));
            }
            if (place.lon() == null) {
                problem(at + ".lon", "is required");
            } else if (!(place.lon() >= -180 && place.lon() <= 180)) {
                problem(at + ".lon", "longitude " + place.lon() + " is outside -180..180");
            }
            if (place.isImplied() && (place.note() == null || place.note().isBlank())) {
                problem(at + ".note", "an implied place needs a note that says how the article implies it");
            }
        }
    }

    private static String swapHint(double lat, @Nullable Double lon) {
        return lon != null && Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? " (are lat and lon swapped?)" : "";
    }

    private void checkActors(Set<String> actorIds) {
        Map<String, ActorInput> byId = story.actors().stream()
                .filter(a -> a != null && a.id() != null)
                .collect(Collectors.toMap(ActorInput::id, Function.identity(), (a, b) -> a));
        for (int i = 0; i < story.actors().size(); i++) {
            String at = "actors[" + i + "]";
            ActorInput actor = story.actors().get(i);
            if (actor == null) {
                continue;
            }
            required(at + ".name", actor.name());
            if (actor.kind() == null) {
                problem(at + ".kind", "is required (person, institution, state, alliance, media or group)");
            }
            references(at + ".memberOf", actor.memberOf(), actorIds, "actor");
            if (actor.id() != null && belongsToItself(actor.id(), byId)) {
                problem(at + ".memberOf", "'" + actor.id() + "' belongs to itself through its memberships (a cycle)");
            }
        }
    }

    private static boolean belongsToItself(String actorId, Map<String, ActorInput> byId) {
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>(byId.get(actorId).memberOf());
        while (!frontier.isEmpty()) {
            String next = frontier.removeLast();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next.equals(actorId)) {
                return true;
            }
            ActorInput parent = byId.get(next);
            if (parent != null) {
                frontier.addAll(parent.memberOf());
            }
        }
        return false;
    }

    private void checkIncident(String at, @Nullable IncidentInput incident, Set<String> placeIds, Set<String> actorIds, Set<String> itemIds) {
        if (incident == null) {
            problem(at, "is empty");
            return;
        }
        checkItemBasics(at, incident, placeIds, itemIds);
        required(at + ".summary", incident.summary());
        references(at + ".actors", incident.actors(), actorIds, "actor");
        ClaimInput claim = incident.claim();
        if (claim == null) {
            problem(at + ".claim", "is required: who says so and how");
            return;
        }
        if (claim.how() == null) {
            problem(at + ".claim.how", "is required (reported, claimed, stated, announced, not-denied or assessed)");
        }
        references(at + ".claim.by", claim.by(), actorIds, "actor");
        if (claim.attribution() != null && incident.citation() != null && validParagraph(incident.citation())
                && !story.article().paragraph(incident.citation().paragraph()).contains(claim.attribution())) {
            problem(at + ".claim.attribution", "'" + claim.attribution() + "' does not stand in paragraph " + incident.citation().paragraph());
        }
    }

    private void checkQuote(String at, @Nullable QuoteInput quote, Set<String> placeIds, Set<String> actorIds, Set<String> itemIds) {
        if (quote == null) {
            problem(at, "is empty");
            return;
        }
        checkItemBasics(at, quote, placeIds, itemIds);
        if (required(at + ".speaker", quote.speaker()) && !actorIds.contains(quote.speaker())) {
            problem(at + ".speaker", "unknown actor '" + quote.speaker() + "'");
        }
        if (quote.speech() == null) {
            problem(at + ".speech", "is required (direct or indirect)");
        }
        if (required(at + ".text", quote.text()) && quote.citation() != null && quote.citation().excerpt() != null
                && !quote.citation().excerpt().contains(quote.text())) {
            problem(at + ".text", "does not stand verbatim in the citation's excerpt");
        }
    }

    private void checkItemBasics(String at, ItemInput item, Set<String> placeIds, Set<String> itemIds) {
        if (required(at + ".id", item.id())) {
            checkIdSyntax(at + ".id", item.id());
            if (!itemIds.add(item.id())) {
                problem(at + ".id", "duplicate id '" + item.id() + "' (incidents and quotes share one set of ids)");
            }
        }
        if (item.places().isEmpty() && item.withoutPlace() == null) {
            problem(at + ".places", "must name at least one place, or say in 'withoutPlace' why the article supports none");
        }
        for (int j = 0; j < item.places().size(); j++) {
            PlaceRefInput ref = item.places().get(j);
            String refAt = at + ".places[" + j + "]";
            if (ref == null || ref.place() == null) {
                problem(refAt + ".place", "is required");
                continue;
            }
            if (!placeIds.contains(ref.place())) {
                problem(refAt + ".place", "unknown place '" + ref.place() + "'");
            }
            if (ref.basis() == null) {
                problem(refAt + ".basis", "is required (named, implied or state)");
            } else if (ref.basis() != PlaceBasis.NAMED && (ref.note() == null || ref.note().isBlank())) {
                problem(refAt + ".note", "say why the item stands here when the passage does not name the place");
            }
        }
        checkCitation(at + ".citation", item.citation());
        checkWhen(at + ".when", item.when(), item.citation());
    }

    private void checkLink(String at, @Nullable LinkInput link, Set<String> actorIds, Set<String> linkIds) {
        if (link == null) {
            problem(at, "is empty");
            return;
        }
        if (required(at + ".id", link.id())) {
            checkIdSyntax(at + ".id", link.id());
            if (!linkIds.add(link.id())) {
                problem(at + ".id", "duplicate id '" + link.id() + "'");
            }
        }
        if (link.kind() == null) {
            problem(at + ".kind", "is required (deployment, call, visit, alliance or relations)");
        }
        required(at + ".summary", link.summary());
        references(at + ".actors", link.actors(), actorIds, "actor");
        if (!required(at + ".incident", link.incident())) {
            return;
        }
        IncidentInput incident = story.incidents().stream()
                .filter(i -> i != null && link.incident().equals(i.id())).findFirst().orElse(null);
        if (incident == null) {
            problem(at + ".incident", "unknown incident '" + link.incident() + "'");
            return;
        }
        // an incident's place without an id is reported at the incident; the link's ends cannot be judged against it
        boolean placesKnown = incident.places().stream().allMatch(ref -> ref != null && ref.place() != null);
        if (required(at + ".from", link.from()) && placesKnown && !isAt(incident, link.from())) {
            problem(at + ".from", "'" + link.from() + "' is not a place of incident '" + incident.id() + "'");
        }
        if (required(at + ".to", link.to()) && placesKnown && !isAt(incident, link.to())) {
            problem(at + ".to", "'" + link.to() + "' is not a place of incident '" + incident.id() + "'");
        }
        if (link.from() != null && link.from().equals(link.to())) {
            problem(at + ".to", "a link needs two different places");
        }
    }

    private static boolean isAt(IncidentInput incident, String placeId) {
        return incident.places().stream().anyMatch(ref -> ref != null && placeId.equals(ref.place()));
    }

    private void checkCitation(String at, @Nullable CitationInput citation) {
        if (citation == null) {
            problem(at, "is required: the paragraph number and the verbatim excerpt");
            return;
        }
        if (citation.paragraph() == null) {
            problem(at + ".paragraph", "is required");
        }
        if (!required(at + ".excerpt", citation.excerpt()) || story.article() == null || citation.paragraph() == null) {
            return;
        }
        int count = story.article().paragraphs().size();
        if (!validParagraph(citation)) {
            problem(at + ".paragraph", "paragraph " + citation.paragraph() + " does not exist (the article has 1.." + count + ")");
        } else if (!story.article().supports(citation.paragraph(), citation.excerpt())) {
            problem(at + ".excerpt", "does not stand verbatim in paragraph " + citation.paragraph() + " of " + story.article().file());
        }
    }

    private void checkWhen(String at, @Nullable When when, @Nullable CitationInput citation) {
        if (when == null) {
            return;
        }
        if (when.date() != null && (when.resolvedFrom() == null || when.resolvedFrom().isBlank())) {
            problem(at + ".resolvedFrom", "a resolved date must say what it was resolved from");
        }
        if (when.date() != null && when.wording() == null) {
            problem(at + ".wording", "a resolved date needs the article's own wording beside it");
        }
        if (when.wording() != null && citation != null && citation.excerpt() != null && !citation.excerpt().contains(when.wording())) {
            problem(at + ".wording", "'" + when.wording() + "' does not stand in the citation's excerpt");
        }
    }

    private boolean validParagraph(CitationInput citation) {
        return story.article() != null && citation.paragraph() != null && citation.paragraph() >= 1 && citation.paragraph() <= story.article().paragraphs().size();
    }

    private <T> Set<String> ids(String list, List<T> entries, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = list + "[" + i + "]";
            if (entries.get(i) == null) {
                problem(at, "is empty");
                continue;
            }
            String value = id.apply(entries.get(i));
            if (required(at + ".id", value)) {
                checkIdSyntax(at + ".id", value);
                if (!ids.add(value)) {
                    problem(at + ".id", "duplicate id '" + value + "'");
                }
            }
        }
        return ids;
    }

    private void references(String at, List<String> refs, Set<String> known, String what) {
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            if (ref == null || !known.contains(ref)) {
                problem(at + "[" + i + "]", "unknown " + what + " '" + ref + "'");
            }
        }
    }

    private void checkIdSyntax(String at, String id) {
        if (!ID.matcher(id).matches()) {
            problem(at, "'" + id + "' must be lower-case letters, digits and single hyphens (it appears in URLs)");
        }
    }

    private boolean required(String at, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problem(at, "is required");
            return false;
        }
        return true;
    }

    private void problem(String field, String message) {
        problems.add(StoryProblem.at(file, field, message));
    }
}
