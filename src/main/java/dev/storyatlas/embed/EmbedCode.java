package dev.storyatlas.embed;

import dev.storyatlas.map.MapState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The code a site pastes to show a view of a story: an iframe with the resize script, or the web
 * component. Every value that goes in (story text, ids from the URL) is escaped for its place, so
 * the code can never carry markup or script of its own.
 *
 * @param iframe the iframe and the script that fits its height
 * @param webComponent the {@code <story-atlas-map>} element and its script
 */
record EmbedCode(String iframe, String webComponent) {

    /** The height an iframe has before its map reports its own (or where the script is left out). */
    static final int INITIAL_HEIGHT = 640;

    /**
     * The code for the story in the given state.
     *
     * @param atlasUrl the Story Atlas server's address as readers reach it, e.g. {@code https://atlas.example}
     * @param lang the interface language the embed should speak
     * @param frameTitle the iframe's accessible name
     */
    static EmbedCode of(String atlasUrl, String storyId, MapState state, String lang, String frameTitle) {
        String base = atlasUrl.endsWith("/") ? atlasUrl.substring(0, atlasUrl.length() - 1) : atlasUrl;
        String src = base + "/embed/" + pathSegment(storyId) + query(state, lang);
        String iframe = "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(frameTitle) + "\""
                + " style=\"width:100%;height:" + INITIAL_HEIGHT + "px;border:0\" loading=\"lazy\"></iframe>\n"
                + "<script src=\"" + attribute(base + "/embed.js") + "\" async></script>";
        StringBuilder element = new StringBuilder("<story-atlas-map story=\"").append(attribute(storyId)).append('"');
        if (state.place() != null) {
            element.append(" place=\"").append(attribute(state.place())).append('"');
        }
        if (state.link() != null) {
            element.append(" link=\"").append(attribute(state.link())).append('"');
        }
        if (!state.actors().isEmpty()) {
            element.append(" actor=\"").append(attribute(String.join(",", state.actors().stream().sorted().toList()))).append('"');
        }
        if (state.from() != null) {
            element.append(" from=\"").append(attribute(state.from())).append('"');
        }
        if (state.to() != null) {
            element.append(" to=\"").append(attribute(state.to())).append('"');
        }
        element.append(" lang=\"").append(attribute(lang)).append("\"></story-atlas-map>");
        String webComponent = "<script type=\"module\" src=\"" + attribute(base + "/web-component/" + StoryAtlasMapExporter.TAG + ".js")
                + "\"></script>\n" + element;
        return new EmbedCode(iframe, webComponent);
    }

    // The main view's parameters in a fixed order, so equal views give equal code.
    private static String query(MapState state, String lang) {
        List<String> pairs = new ArrayList<>();
        if (state.place() != null) {
            pairs.add("place=" + URLEncoder.encode(state.place(), StandardCharsets.UTF_8));
        }
        if (state.link() != null) {
            pairs.add("link=" + URLEncoder.encode(state.link(), StandardCharsets.UTF_8));
        }
        if (!state.actors().isEmpty()) {
            pairs.add("actor=" + URLEncoder.encode(String.join(",", state.actors().stream().sorted().toList()), StandardCharsets.UTF_8));
        }
        if (state.from() != null) {
            pairs.add("from=" + URLEncoder.encode(state.from(), StandardCharsets.UTF_8));
        }
        if (state.to() != null) {
            pairs.add("to=" + URLEncoder.encode(state.to(), StandardCharsets.UTF_8));
        }
        pairs.add("lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8));
        return "?" + String.join("&", pairs);
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
