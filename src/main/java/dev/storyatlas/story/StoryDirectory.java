package dev.storyatlas.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;

/**
 * The story files of one directory set by {@code storyatlas.stories-dir}: every {@code *.yaml} in it,
 * each with its article beside it. Unlike the built-in stories, a broken file here is skipped and
 * reported, so that one newsroom's typo never takes the other stories or the app down.
 */
final class StoryDirectory {

    private final Path dir;
    private final StoryLoader loader;

    StoryDirectory(Path dir, StoryLoader loader) {
        this.dir = dir.toAbsolutePath().normalize();
        this.loader = loader;
    }

    Path path() {
        return dir;
    }

    /**
     * Each file's name with its size and modification time: equal fingerprints mean nothing changed.
     * Articles count too, since an edited article can break or mend the excerpts of a story.
     */
    Map<String, String> fingerprint() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.toList()) {
                files.put(file.getFileName().toString(), state(file));
            }
        } catch (IOException | UncheckedIOException e) {
            files.put("", "unreadable: " + e);
        }
        return files;
    }

    /** A file's type, size and time, through a link to what it links to; reading attributes never opens the file. */
    private static String state(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String type = attributes.isRegularFile() ? "file" : attributes.isDirectory() ? "directory" : "special";
            return type + ":" + attributes.size() + "@" + attributes.lastModifiedTime().toMillis() + (Files.isSymbolicLink(file) ? ":link" : "");
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /**
     * Loads every story file in name order. A file fails when it is broken or when its id is already
     * taken (by a built-in story or an earlier file), so an id always means the same story.
     */
    Contents load(Set<String> takenIds) {
        Map<String, Story> stories = new LinkedHashMap<>();
        List<StoryFailure> failures = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            // every *.yaml, whatever its type: the loader reports a link out, a directory or a pipe by name
            files = entries.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            String reason = Files.exists(dir) ? "cannot be listed: " + e.getMessage() : "does not exist";
            return new Contents(Map.of(), List.of(new StoryFailure(dir.toString(), List.of(StoryProblem.at(dir.toString(), "", reason)))));
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Set<String> taken = new HashSet<>(takenIds);
                taken.addAll(stories.keySet());
                Story story = loader.load(new FileSystemResource(file), taken);
                stories.put(story.id(), story);
            } catch (StoryFileException e) {
                failures.add(new StoryFailure(name, e.problems()));
            } catch (RuntimeException | Error e) {
                // the loader turns its own failures into problems; this keeps any other one to its file
                failures.add(new StoryFailure(name, List.of(StoryProblem.unexpected(name, "", e))));
            }
        }
        return new Contents(stories, failures);
    }

    /** The stories a scan loaded and the files it skipped. */
    record Contents(Map<String, Story> stories, List<StoryFailure> failures) {
    }
}
