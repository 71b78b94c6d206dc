package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import dev.storyatlas.story.Story;
import java.util.function.Supplier;

/**
 * Something the main view offers beside the story's title, contributed by another feature as a
 * Spring bean (the embed code, for one), so the map package needs to know none of them.
 */
public interface MapViewAction {

    /** Builds the control for the story; {@code state} tells what the reader sees when it is used. */
    Component create(Story story, Supplier<MapState> state);
}
