package dev.storyatlas.studio;

/** Something the editor asked for that cannot be done, worded for the editor. */
final class StudioException extends RuntimeException {

    StudioException(String message) {
        super(message);
    }
}
