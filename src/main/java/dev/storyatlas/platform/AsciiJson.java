package dev.storyatlas.platform;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Budget line: server memory per open reader. Flow keeps a property's string for as long as the reader's
 * view lives; a string with only Latin-1 characters takes one byte per character instead of two, and one
 * arrow or quotation mark in a text would double the whole value. Escaped JSON reads the same in the browser.
 */
public final class AsciiJson {

    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private AsciiJson() {
    }

    /** The mapper for JSON that server components keep as properties: ASCII-only unless switched off. */
    public static JsonMapper mapper(PlatformProperties properties) {
        return properties.asciiJson() ? ESCAPING : PLAIN;
    }
}
