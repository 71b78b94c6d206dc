package dev.storyatlas.studio;

import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryFileException;
import dev.storyatlas.story.StoryLoader;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.studio.draft.DraftFiles;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * The draft as the app would load it, read from memory: the story for the preview, or the loader's
 * problems, each naming its field, for the form to show where they belong.
 */
record DraftPreview(@Nullable Story story, List<StoryProblem> problems) {

    DraftPreview {
        problems = List.copyOf(problems);
    }

    static DraftPreview of(StoryLoader loader, DraftFiles files) {
        try {
            return new DraftPreview(loader.load(new InMemory(files, files.storyFile(), files.storyYaml())), List.of());
        } catch (StoryFileException e) {
            return new DraftPreview(null, e.problems());
        }
    }

    /** The problems of a field and everything below it, e.g. {@code quotes[2]} for {@code quotes[2].speaker}. */
    List<StoryProblem> at(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field) || problem.field().startsWith(field + ".")
                || problem.field().startsWith(field + "[")).toList();
    }

    /** A file of the draft; the article is the only file beside the story file. */
    private static final class InMemory extends ByteArrayResource {
        private final DraftFiles files;
        private final String name;

        InMemory(DraftFiles files, String name, String text) {
            super(text.getBytes(StandardCharsets.UTF_8), name);
            this.files = files;
            this.name = name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public Resource createRelative(String relativePath) throws FileNotFoundException {
            if (!relativePath.equals(files.articleFile())) {
                throw new FileNotFoundException(relativePath + " is not part of the draft");
            }
            return new InMemory(files, relativePath, files.articleText());
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
