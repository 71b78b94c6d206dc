package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.StoryFileException;
import dev.storyatlas.story.StoryLoader;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.story.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link StoryDraft} as a story file that reads as if written by hand (a head comment, the
 * story's fields, places, actors, incidents and quotes in article order, links), and checks it exactly as
 * the app will load it.
 */
@Component
public class StoryWriter {

    private final StoryLoader loader = new StoryLoader();

    /** The story file and the article file for the draft. */
    public DraftFiles write(StoryDraft draft) {
        String article = draft.articleText().strip() + "\n";
        return new DraftFiles(draft.storyFile(), yaml(draft, article), draft.articleFile(), article);
    }

    /**
     * Every problem the loader finds in the written draft (file, line, column, field, message), empty when
     * the app would load it; the draft is loaded from a temporary folder that is removed afterwards.
     */
    public List<StoryProblem> check(StoryDraft draft) {
        DraftFiles files = write(draft);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("story-draft");
            Files.writeString(folder.resolve(files.articleFile()), files.articleText());
            Path story = Files.writeString(folder.resolve(files.storyFile()), files.storyYaml());
            loader.load(new FileSystemResource(story));
            return List.of();
        } catch (StoryFileException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the draft to a temporary folder", e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temporary folder harms nothing; the check's answer stands
        }
    }

    private static String yaml(StoryDraft draft, String article) {
        Yaml out = new Yaml();
        boolean german = "de".equals(draft.language().getLanguage());
        out.comment(german
                ? "Entwurf aus dem Story-Atlas-Studio: " + draft.publisher() + ", " + draft.published() + "."
                : "Drafted in the Story Atlas studio: " + draft.publisher() + ", " + draft.published() + ".");
        out.comment(german
                ? "Jeder Eintrag zitiert seinen Absatz (die Blöcke der Artikeldatei, ab 1 gezählt) wörtlich."
                : "Every item cites its paragraph (the article file's blocks, counted from 1) verbatim.");
        out.field(0, "id", draft.id());
        out.field(0, "title", draft.title());
        out.field(0, "publisher", draft.publisher());
        out.line(0, "published: " + draft.published());
        if (draft.publishedNotBefore() != null) {
            out.line(0, "publishedNotBefore: " + draft.publishedNotBefore());
        }
        out.line(0, "language: " + draft.language().getLanguage());
        out.field(0, "article", draft.articleFile());

        out.blank();
        out.line(0, "places:" + (draft.places().isEmpty() ? " []" : ""));
        for (Place place : draft.places()) {
            place(out, place);
        }
        out.blank();
        out.line(0, "actors:" + (draft.actors().isEmpty() ? " []" : ""));
        for (Actor actor : draft.actors()) {
            out.line(1, "- " + actor(actor));
        }
        var order = readingOrder(article);
        section(out, "incidents", draft.incidents().stream().sorted(Comparator.comparing(Incident::citation, order)).toList(),
                StoryWriter::incident);
        section(out, "quotes", draft.quotes().stream().sorted(Comparator.comparing(Quote::citation, order)).toList(), StoryWriter::quote);
        section(out, "links", draft.links(), StoryWriter::link);
        return out.toString();
    }

    /** A list of entries separated by blank lines, left out when empty. */
    private static <T> void section(Yaml out, String key, List<T> entries, BiConsumer<Yaml, T> entry) {
        if (entries.isEmpty()) {
            return;
        }
        out.blank();
        out.line(0, key + ":");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.blank();
            }
            entry.accept(out, entries.get(i));
        }
    }

    /** Citations in the order a reader meets them: by paragraph, then where the excerpt begins in the article. */
    private static Comparator<Citation> readingOrder(String article) {
        return Comparator.comparingInt(Citation::paragraph).thenComparingInt(citation -> Math.max(0, article.indexOf(citation.excerpt())));
    }

    private static void place(Yaml out, Place place) {
        out.line(1, "- id: " + Yaml.scalar(place.id()));
        out.line(2, "name: { de: " + Yaml.flowScalar(place.name().de()) + ", en: " + Yaml.flowScalar(place.name().en()) + " }");
        out.line(2, "lat: " + number(place.lat()));
        out.line(2, "lon: " + number(place.lon()));
        out.line(2, "kind: " + place.kind().wireName());
        if (place.implied()) {
            out.line(2, "implied: true");
        }
        if (place.note() != null) {
            out.field(2, "note", place.note());
        }
    }

    private static String actor(Actor actor) {
        String memberOf = actor.memberOf().isEmpty() ? "" : ", memberOf: " + idList(actor.memberOf());
        return "{ id: " + Yaml.flowScalar(actor.id()) + ", name: " + Yaml.flowScalar(actor.name()) + ", kind: " + actor.kind().wireName() + memberOf + " }";
    }

    private static void incident(Yaml out, Incident incident) {
        out.line(1, "- id: " + Yaml.scalar(incident.id()));
        placeRefs(out, incident.places(), incident.withoutPlace());
        when(out, incident.when());
        out.line(2, "actors: " + idList(incident.actors()));
        out.field(2, "summary", incident.summary());
        out.line(2, "claim: " + claim(incident.claim()));
        citation(out, incident.citation());
    }

    private static void quote(Yaml out, Quote quote) {
        out.line(1, "- id: " + Yaml.scalar(quote.id()));
        out.field(2, "speaker", quote.speaker());
        placeRefs(out, quote.places(), quote.withoutPlace());
        when(out, quote.when());
        out.line(2, "speech: " + quote.speech().wireName());
        out.field(2, "text", quote.text());
        citation(out, quote.citation());
    }

    private static void link(Yaml out, Link link) {
        out.line(1, "- id: " + Yaml.scalar(link.id()));
        out.field(2, "from", link.from());
        out.field(2, "to", link.to());
        out.line(2, "kind: " + link.kind().wireName());
        out.line(2, "actors: " + idList(link.actors()));
        out.field(2, "incident", link.incident());
        out.field(2, "summary", link.summary());
    }

    private static void placeRefs(Yaml out, List<PlaceRef> places, String withoutPlace) {
        if (places.isEmpty()) {
            out.line(2, "places: []");
        } else if (places.stream().allMatch(ref -> ref.basis() == PlaceBasis.NAMED && ref.note() == null)) {
            // the short form, as a hand-written file gives places the passage names
            out.line(2, "places: [" + String.join(", ", places.stream()
                    .map(ref -> "{ place: " + Yaml.flowScalar(ref.place()) + ", basis: named }").toList()) + "]");
        } else {
            out.line(2, "places:");
            for (PlaceRef ref : places) {
                out.line(3, "- place: " + Yaml.scalar(ref.place()));
                out.line(4, "basis: " + ref.basis().wireName());
                if (ref.note() != null) {
                    out.field(4, "note", ref.note());
                }
            }
        }
        if (withoutPlace != null) {
            out.field(2, "withoutPlace", withoutPlace);
        }
    }

    private static void when(Yaml out, When when) {
        if (when.date() == null && when.resolvedFrom() == null) {
            out.line(2, "when: { " + (when.wording() == null ? "" : "wording: " + Yaml.flowScalar(when.wording()) + " ") + "}");
            return;
        }
        out.line(2, "when:");
        if (when.wording() != null) {
            out.field(3, "wording", when.wording());
        }
        if (when.date() != null) {
            out.line(3, "date: " + when.date());
        }
        if (when.resolvedFrom() != null) {
            out.field(3, "resolvedFrom", when.resolvedFrom());
        }
    }

    private static String claim(Claim claim) {
        return "{ by: " + idList(claim.by()) + ", how: " + claim.how().wireName()
                + (claim.attribution() == null ? "" : ", attribution: " + Yaml.flowScalar(claim.attribution())) + " }";
    }

    private static void citation(Yaml out, Citation citation) {
        out.line(2, "citation:");
        out.line(3, "paragraph: " + citation.paragraph());
        out.field(3, "excerpt", citation.excerpt());
    }

    private static String idList(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(Yaml::flowScalar).toList()) + "]";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
