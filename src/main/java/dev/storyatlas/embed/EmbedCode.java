package dev.storyatlas.embed;

import dev.storyatlas.map.MapState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The code a site pastes to show a view of a story: an iframe with the resize script, or the web
 * component. Every value that goes in (story text, ids from the URL) is escaped for its place, so
 * the code can never carry markup or script of its own.
 *
 * @param iframe the iframe and the script that fits its height
 * @param webComponent the {@code <story-atlas-map>} element and its script
 */
record EmbedCode(String iframe, String webComponent) {

    /**
     * The height both kinds reserve on the page before the map is there: the map with its controls at widths
     * from 760 px, so the article does not move when it arrives; narrower embeds grow once. embed.js never
     * makes the iframe smaller than this.
     */
    static final int RESERVED_HEIGHT = 720;

    /**
     * The code for the story in the given state.
     *
     * @param atlasUrl the Story Atlas server's address as readers reach it, e.g. {@code https://atlas.example}
     * @param lang the interface language the embed should speak
     * @param frameTitle the iframe's accessible name
     */
    static EmbedCode of(String atlasUrl, String storyId, MapState state, String lang, String frameTitle) {
        String base = atlasUrl.endsWith("/") ? atlasUrl.substring(0, atlasUrl.length() - 1) : atlasUrl;
        MapState shown = state.withLang(lang);
        String src = base + "/embed/" + pathSegment(storyId) + "?" + shown.queryString();
        String iframe = "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(frameTitle) + "\""
                + " style=\"width:100%;height:" + RESERVED_HEIGHT + "px;border:0\" loading=\"lazy\"></iframe>\n"
                + "<script src=\"" + attribute(base + "/embed.js") + "\" async></script>";
        // the element's attributes are named and ordered like the URL's parameters
        StringBuilder element = new StringBuilder("<" + StoryAtlasMapExporter.TAG + " " + StoryAtlasMapExporter.STORY + "=\"")
                .append(attribute(storyId)).append('"');
        shown.parameters().forEach((name, value) -> element.append(' ').append(name).append("=\"").append(attribute(value)).append('"'));
        element.append(" style=\"display:block;min-height:" + RESERVED_HEIGHT + "px\"></" + StoryAtlasMapExporter.TAG + ">");
        String webComponent = "<script type=\"module\" src=\"" + attribute(base + "/web-component/" + StoryAtlasMapExporter.TAG + ".js")
                + "\"></script>\n" + element;
        return new EmbedCode(iframe, webComponent);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text as an HTML attribute value in double quotes: nothing in it can end the attribute or open a tag. */
    static String attribute(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
