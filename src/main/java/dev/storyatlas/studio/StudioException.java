package dev.storyatlas.studio;

import java.util.List;

/**
 * Something the editor asked for that cannot be done: the key of its message in the user interface's texts
 * ({@code studio.*} in {@code i18n/ui*.properties}) and the message's arguments, so that the studio says it in
 * the editor's language. The exception's own message (for logs) is the key with the arguments.
 */
final class StudioException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    StudioException(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
