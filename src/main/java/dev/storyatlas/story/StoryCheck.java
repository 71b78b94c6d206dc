package dev.storyatlas.story;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;

/**
 * {@code ./atlas check FILE|DIR...}: checks story files as the app would load them, without starting
 * it, for a newsroom's CI. Prints every problem as {@code path:line:column: field: message} (the form
 * editors and CI systems turn into annotations) and exits with 1 when any file is broken, 2 on misuse.
 */
public final class StoryCheck {

    private StoryCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Checks the files (and the {@code *.yaml} in the directories) given; returns the exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: ./atlas check STORY.yaml|DIRECTORY ...");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    entries.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(path + ": cannot be listed: " + e.getMessage());
                    return 2;
                }
            } else {
                files.add(path);
            }
        }
        StoryLoader loader = new StoryLoader();
        Map<String, Path> ids = new HashMap<>();
        int broken = 0;
        for (Path file : files) {
            try {
                // ids must be unique across the files checked together, as in one stories directory
                Story story = loader.load(new FileSystemResource(file), Set.copyOf(ids.keySet()));
                ids.put(story.id(), file);
                out.println(file + ": ok, story '" + story.id() + "' with " + story.places().size() + " place(s), "
                        + story.incidents().size() + " incidents and " + story.quotes().size() + " quotes");
            } catch (StoryFileException e) {
                broken++;
                e.problems().forEach(problem -> err.println(located(file, problem)));
            }
        }
        out.println(files.size() + " story files checked, " + broken + " with problems");
        return broken == 0 ? 0 : 1;
    }

    /** The problem with the path as given on the command line, so that a terminal or CI can open it. */
    private static String located(Path file, StoryProblem problem) {
        String where = problem.line() > 0 ? file + ":" + problem.line() + ":" + problem.column() : file.toString();
        return where + ": " + (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message();
    }
}
