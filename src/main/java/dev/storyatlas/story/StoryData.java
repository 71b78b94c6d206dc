package dev.storyatlas.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for the records' compact constructors. A story file may leave optional lists out; the
 * records keep an empty list instead, and the validator reports lists that must not be empty.
 * Null elements are kept so that the validator can name them rather than fail here.
 */
final class StoryData {

    private StoryData() {
    }

    /** An unmodifiable copy of the list, or an empty list for none. */
    static <T> List<T> listOf(@Nullable List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The given time, or "not stated" for none. */
    static When orUnstated(@Nullable When when) {
        return Objects.requireNonNullElse(when, When.UNSTATED);
    }
}
