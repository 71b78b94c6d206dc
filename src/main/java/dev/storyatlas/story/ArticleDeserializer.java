package dev.storyatlas.story;

import java.io.IOException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the {@code article} field of a story file, a file name beside the story file, and loads that
 * article through the {@link ArticleSource} the loader puts into the reading context.
 */
final class ArticleDeserializer extends ValueDeserializer<Article> {

    @Override
    public Article deserialize(JsonParser parser, DeserializationContext context) {
        String file = parser.getValueAsString();
        if (file == null || file.isBlank()) {
            return context.reportInputMismatch(Article.class, "must name the article's text file beside the story file");
        }
        if (!file.matches("[A-Za-z0-9._-]+") || file.startsWith(".")) {
            return context.reportInputMismatch(Article.class, "'%s' must be a plain file name beside the story file", file);
        }
        ArticleSource source = (ArticleSource) context.getAttribute(ArticleSource.class);
        try {
            return Article.parse(file, source.read(file));
        } catch (IOException e) {
            return context.reportInputMismatch(Article.class, "cannot read article file '%s': %s", file, e.getMessage());
        }
    }

    /** Reads an article file named in a story file. */
    @FunctionalInterface
    interface ArticleSource {
        String read(String file) throws IOException;
    }
}
