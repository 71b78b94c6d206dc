package dev.storyatlas.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A query string read without trusting it: the server refuses a whole request for one badly encoded
 * parameter, and the error page still needs the reader's {@code lang} and the name of the culprit.
 */
record RawQuery(String text) {

    /** Longest parameter name an error page repeats; a longer one is cut. */
    private static final int MAX_NAME = 40;

    static RawQuery of(@Nullable String text) {
        return new RawQuery(text == null ? "" : text);
    }

    /** The decoded value of the first parameter of this name whose encoding is valid. */
    Optional<String> value(String name) {
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && name.equals(decode(pair.substring(0, equals)))) {
                String value = decode(pair.substring(equals + 1));
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The name of the first parameter that is not valid percent-encoded UTF-8 (its raw name if that is the broken part). */
    Optional<String> firstMalformed() {
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null || (equals >= 0 && decode(pair.substring(equals + 1)) == null)) {
                String shown = name == null ? rawName : name;
                return Optional.of(shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) + "…" : shown);
            }
        }
        return Optional.empty();
    }

    /** Percent-decodes as a form does ({@code +} is a space); null when the escapes are broken or not UTF-8. */
    static @Nullable String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
