package dev.storyatlas.story;

/**
 * One thing wrong with a story file: where (file, and line and column where the format tells them,
 * 0 where it does not), which field (a path such as {@code incidents[2].citation.excerpt}) and why.
 */
public record StoryProblem(String file, int line, int column, String field, String message) {

    /** A problem found after parsing, where only the field path locates it. */
    static StoryProblem at(String file, String field, String message) {
        return new StoryProblem(file, 0, 0, field, message);
    }

    /** A failure the loader did not foresee (a bug, or input beyond its limits), worded so that the file can be reported. */
    static StoryProblem unexpected(String file, String field, Throwable failure) {
        return at(file, field, "cannot be loaded (" + reason(failure) + "); please report this file to the developers");
    }

    /** The kind of an unforeseen failure, without Java's message, which may quote the file's data. */
    static String reason(Throwable failure) {
        return failure instanceof StackOverflowError ? "nested too deeply" : "internal error " + failure.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
