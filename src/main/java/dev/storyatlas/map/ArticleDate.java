package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import dev.storyatlas.story.Story;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The article's date as precisely as the story knows it, in the reader's language: its month, and the earliest day where known. */
public final class ArticleDate {

    private ArticleDate() {
    }

    /** "Oktober 2024, frühestens am 21.10.2024", or "Oktober 2024" without a known earliest day. */
    public static String of(Story story, Locale locale, Component translator) {
        return of(story, Texts.of(translator, locale));
    }

    /** The same in the texts' language, where no component is at hand (the bootstrap page's first map). */
    static String of(Story story, Texts texts) {
        Locale locale = texts.locale();
        String month = story.published().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        if (story.publishedNotBefore() == null) {
            return month;
        }
        String day = story.publishedNotBefore().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return texts.get("article.date.not-before", month, day);
    }
}
