package dev.storyatlas.web;

import com.vaadin.flow.i18n.I18NProvider;
import dev.storyatlas.base.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an error answer: a page in the reader's language with a link back to the map, or an
 * RFC 9457 problem under {@code /api} and {@code /actuator}. Built from the raw request only (its path,
 * query and languages), as the server may refuse a request it cannot even decode.
 *
 * @param path the request's path below the app, as sent
 */
record ErrorAnswer(HttpStatus status, String path, RawQuery query, Locale language) {

    /** Statuses with a text of their own; any other gets the one of its class (4xx or 5xx). */
    private static final List<Integer> EXPLAINED = List.of(400, 404, 405, 413, 500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The answer for this status and request; the language from a readable {@code lang}, else the browser's as Vaadin picks it. */
    static ErrorAnswer of(int status, String path, @Nullable String rawQuery, List<Locale> browser) {
        HttpStatus resolved = HttpStatus.resolve(status);
        RawQuery query = RawQuery.of(rawQuery);
        Locale language = query.value("lang").flatMap(Language::fromParameter)
                .or(() -> browser.stream().filter(Language.SUPPORTED::contains).findFirst())
                .or(() -> browser.stream().map(Locale::getLanguage).flatMap(l -> Language.fromParameter(l).stream()).findFirst())
                .orElse(Locale.ENGLISH);
        return new ErrorAnswer(resolved != null && resolved.isError() ? resolved : HttpStatus.INTERNAL_SERVER_ERROR, path, query, language);
    }

    /** Whether the data API or operations asked: they get a problem, not a page. */
    boolean forMachines() {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator");
    }

    MediaType contentType() {
        return forMachines() ? MediaType.APPLICATION_PROBLEM_JSON : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    }

    byte[] body(I18NProvider translations) {
        if (forMachines()) {
            return JSON.writeValueAsBytes(new Problem("about:blank", status.getReasonPhrase(), status.value(),
                    detail(translations, Locale.ENGLISH), path));
        }
        return page(translations).getBytes(StandardCharsets.UTF_8);
    }

    /** What went wrong, in words a reader understands; a badly encoded parameter is named. */
    private String detail(I18NProvider translations, Locale in) {
        Optional<String> malformed = status == HttpStatus.BAD_REQUEST ? query.firstMalformed() : Optional.empty();
        return malformed.map(name -> translations.getTranslation("error.400.parameter", in, name))
                .orElseGet(() -> translations.getTranslation("error." + key() + ".text", in));
    }

    private String page(I18NProvider translations) {
        // inside a frame the reader stays in the embed; elsewhere the way back is the main map
        String map = (path.equals("/embed") || path.startsWith("/embed/") ? "/embed" : "/") + "?lang=" + language.getLanguage();
        String title = translations.getTranslation("error." + key() + ".title", language);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s – Story Atlas</title>
                <link rel="icon" href="/icons/story-atlas.svg">
                <link rel="stylesheet" href="/story-atlas.css">
                </head>
                <body class="sa-error-page">
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                <p class="sa-error-page__status">%s %d</p>
                </main>
                </body>
                </html>
                """.formatted(language.getLanguage(), escape(title), escape(title), escape(detail(translations, language)),
                escape(map), escape(translations.getTranslation("error.link", language)),
                escape(translations.getTranslation("error.status", language)), status.value());
    }

    private String key() {
        return EXPLAINED.contains(status.value()) ? String.valueOf(status.value()) : status.is4xxClientError() ? "4xx" : "5xx";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** RFC 9457's members for a problem. */
    record Problem(String type, String title, int status, String detail, String instance) {
    }
}
