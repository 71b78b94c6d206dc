package dev.storyatlas.story;

import java.util.List;
import java.util.stream.Collectors;

/** A story file that cannot be used, with every problem found in it. */
public class StoryFileException extends RuntimeException {

    private final List<StoryProblem> problems;

    StoryFileException(List<StoryProblem> problems) {
        super(problems.stream().map(StoryProblem::toString).collect(Collectors.joining("\n  ", "Story file rejected:\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<StoryProblem> problems() {
        return problems;
    }
}
