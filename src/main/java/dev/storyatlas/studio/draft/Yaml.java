package dev.storyatlas.studio.draft;

import java.util.regex.Pattern;

/**
 * A small YAML text builder for story files: two-space indentation, comments, and scalars written plain
 * where YAML reads them back as the same string, quoted where it would not.
 */
final class Yaml {

    // plain scalars YAML would read as something other than a string
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)(~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.?[0-9][0-9_.,:eE+-]*|\\.inf|\\.nan)|[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2}.*)?)");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder text = new StringBuilder();

    void comment(String line) {
        text.append("# ").append(line).append('\n');
    }

    void blank() {
        text.append('\n');
    }

    void line(int level, String line) {
        text.append("  ".repeat(level)).append(line).append('\n');
    }

    /** A {@code key: value} line with the value quoted as needed. */
    void field(int level, String key, String value) {
        line(level, key + ": " + scalar(value));
    }

    /** The value as a block-context scalar. */
    static String scalar(String value) {
        return plain(value, false) ? value : quoted(value);
    }

    /** The value as a scalar inside {@code { }} or {@code [ ]}, where commas and brackets end a plain one. */
    static String flowScalar(String value) {
        return plain(value, true) ? value : quoted(value);
    }

    private static boolean plain(String value, boolean flow) {
        if (value.isEmpty() || !value.equals(value.strip()) || NOT_A_STRING.matcher(value).matches()) {
            return false;
        }
        if (INDICATORS.indexOf(value.charAt(0)) >= 0 || value.endsWith(":")) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0xfeff
                || c == 0x2028 || c == 0x2029)) {
            return false;
        }
        return !flow || value.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
    }

    private static String quoted(String value) {
        if (value.indexOf('\'') < 0 && value.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff)) {
            return "'" + value + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
