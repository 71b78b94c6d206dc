package dev.storyatlas.story;

import java.util.List;

/** A story file in the stories directory that was skipped, with every problem that made it unusable. */
public record StoryFailure(String file, List<StoryProblem> problems) {

    public StoryFailure {
        problems = List.copyOf(problems);
    }
}
