package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Quote;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The story as the editor accepted and edited it, in the story model's own terms, ready to be written as
 * a story file by {@link StoryWriter}. Nothing here is checked yet: {@link StoryWriter#check} runs the
 * loader on it.
 *
 * @param published the month the story file gives as the article's date
 * @param language German or English, one of {@link dev.storyatlas.base.Language#SUPPORTED}
 * @param publishedNotBefore the earliest day the article can have appeared (the publication day, when known)
 * @param articleText the article's plain text as pasted; written beside the story file
 */
public record StoryDraft(
        String id,
        String title,
        String publisher,
        YearMonth published,
        @Nullable LocalDate publishedNotBefore,
        Locale language,
        String articleText,
        List<Place> places,
        List<Actor> actors,
        List<Incident> incidents,
        List<Quote> quotes,
        List<Link> links) {

    public StoryDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        DraftRequest.requireSupported(language);
        Objects.requireNonNull(articleText, "articleText");
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        incidents = List.copyOf(incidents);
        quotes = List.copyOf(quotes);
        links = List.copyOf(links);
    }

    /** The story file's name: {@code <id>.yaml}. */
    public String storyFile() {
        return id + ".yaml";
    }

    /** The article file's name beside it: {@code <id>.article.txt}, as the built-in story names its article. */
    public String articleFile() {
        return id + ".article.txt";
    }

    /** The same draft with other places. */
    public StoryDraft withPlaces(List<Place> newPlaces) {
        return new StoryDraft(id, title, publisher, published, publishedNotBefore, language, articleText, newPlaces, actors, incidents, quotes, links);
    }

    /** The same draft with other actors. */
    public StoryDraft withActors(List<Actor> newActors) {
        return new StoryDraft(id, title, publisher, published, publishedNotBefore, language, articleText, places, newActors, incidents, quotes, links);
    }

    /** The same draft with other incidents. */
    public StoryDraft withIncidents(List<Incident> newIncidents) {
        return new StoryDraft(id, title, publisher, published, publishedNotBefore, language, articleText, places, actors, newIncidents, quotes, links);
    }

    /** The same draft with other quotes. */
    public StoryDraft withQuotes(List<Quote> newQuotes) {
        return new StoryDraft(id, title, publisher, published, publishedNotBefore, language, articleText, places, actors, incidents, newQuotes, links);
    }

    /** The same draft with other links. */
    public StoryDraft withLinks(List<Link> newLinks) {
        return new StoryDraft(id, title, publisher, published, publishedNotBefore, language, articleText, places, actors, incidents, quotes, newLinks);
    }
}
