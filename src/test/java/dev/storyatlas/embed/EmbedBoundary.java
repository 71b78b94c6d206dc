package dev.storyatlas.embed;

import java.util.Map;

/**
 * The embed package's side of the boundary with the browser, for {@code map.BoundaryTest}: the names it
 * shares with frontend/names.ts and the record a TypeScript interface reads, without making them public.
 */
public final class EmbedBoundary {

    private EmbedBoundary() {
    }

    /** Each shared name by its name in frontend/names.ts. */
    public static Map<String, String> names() {
        return Map.of("ELEMENT_TAG", StoryAtlasMapExporter.TAG, "ELEMENT_PINS_PATH", ElementPins.PATH,
                "EMBED_FRAME_TAG", EmbedView.TAG, "EMBEDDED_MAP_TAG", EmbeddedMap.TAG);
    }

    /** The answer frontend/element-without-cookie.ts reads as its interface ElementPins. */
    public static Class<? extends Record> elementPins() {
        return ElementPins.class;
    }
}
