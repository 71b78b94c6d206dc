package dev.storyatlas.map;

import dev.storyatlas.story.Story;
import org.springframework.stereotype.Component;

/** Makes the story explorers of every view, with the map settings and the renderings readers share. */
@Component
public class Explorers {

    private final MapProperties mapProperties;
    private final Renderings renderings;

    Explorers(MapProperties mapProperties, Renderings renderings) {
        this.mapProperties = mapProperties;
        this.renderings = renderings;
    }

    /** A new explorer of the story, in the state with nothing chosen. */
    public StoryExplorer create(Story story) {
        return new StoryExplorer(story, mapProperties, renderings);
    }
}
