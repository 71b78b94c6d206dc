package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Article;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Reads an article for the editor: splits it into the loader's paragraphs and proposes places, actors,
 * quotes, dates and claims, each with a citation the loader accepts. Stateless and thread-safe; the
 * gazetteer is read once, offline, from the app's resources.
 */
@Component
public class Drafting {

    private final Gazetteer gazetteer = Gazetteer.shipped();

    /** Proposals for the article; never fails on odd text (an empty article gives no proposals). */
    public Proposals propose(DraftRequest request) {
        Article article = Article.parse(request.id() + ".article.txt", request.articleText());
        List<Paragraph> paragraphs = IntStream.rangeClosed(1, article.paragraphs().size())
                .mapToObj(n -> new Paragraph(n, article.paragraph(n), article.isHeading(n)))
                .toList();
        List<Sentence> sentences = paragraphs.stream().flatMap(p -> Sentence.split(p.number(), p.text()).stream()).toList();
        States states = new States(gazetteer, request.german());
        PlaceFinder places = new PlaceFinder(gazetteer, states, request.publisher());
        ActorFinder actors = new ActorFinder(states, request.publisher());
        QuoteFinder quotes = new QuoteFinder(actors, request.german());
        DateFinder dates = new DateFinder(request.german(), request.published());
        ClaimFinder claims = new ClaimFinder(actors, request.german());
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            actors.read(sentence);
            places.read(sentence, actors.people(sentence));
            quotes.read(sentence, previous != null && previous.paragraph() == sentence.paragraph() ? previous : null,
                    article.paragraph(sentence.paragraph()));
            dates.read(sentence);
            claims.read(sentence);
            previous = sentence;
        }
        return new Proposals(request, paragraphs, places.places(), actors.actors(), quotes.quotes(), dates.dates(), claims.claims());
    }

    /**
     * A first draft that accepts every proposal as it stands (the first candidate of each place, quotes
     * with a speaker, claims as incidents summarised by their sentence), for the editor to edit.
     */
    public StoryDraft draft(Proposals proposals) {
        return new FirstDraft(proposals).build();
    }
}
