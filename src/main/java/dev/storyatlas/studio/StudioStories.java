package dev.storyatlas.studio;

import dev.storyatlas.story.StoryCatalog;
import dev.storyatlas.studio.draft.DraftFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Saves the studio's stories into the stories directory, where the catalog's scan finds them. Each
 * file is written beside its target and renamed over it, so a scan never reads half a file; the
 * article goes first, so the story file never names an article that is not there yet. A story that is
 * replaced keeps its previous files in {@code .history/<id>/<time>.*} (a folder the catalog skips,
 * as it reads only {@code *.yaml} files of the directory itself), from where the editor can restore them.
 */
@Service
class StudioStories {

    static final String HISTORY = ".history";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final StoryCatalog catalog;
    private final Clock clock;

    @Autowired
    StudioStories(StoryCatalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    StudioStories(StoryCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The stories directory, without which the studio can draft but not save. */
    Optional<Path> directory() {
        return catalog.directory();
    }

    /** Whether saving under this id would replace a story of the directory. */
    boolean exists(String id) {
        return directory().map(dir -> Files.exists(dir.resolve(id + ".yaml"))).orElse(false);
    }

    /** Whether the id belongs to a story that ships with the app, which the studio never replaces. */
    boolean builtIn(String id) {
        return catalog.find(id).isPresent() && !exists(id);
    }

    /**
     * Writes the story and its article. An existing story of that id is replaced only when the editor
     * confirmed it ({@code replace}); its files go to the history first.
     */
    void save(DraftFiles files, String id, boolean replace) {
        Path dir = requireDirectory();
        if (builtIn(id)) {
            throw new StudioException("studio.save.built-in", id);
        }
        if (exists(id) && !replace) {
            throw new StudioException("studio.save.exists", id);
        }
        try {
            keepPrevious(dir, id, files);
            writeAtomically(dir.resolve(files.articleFile()), files.articleText());
            writeAtomically(dir.resolve(files.storyFile()), files.storyYaml());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the story '" + id + "' into " + dir, e);
        }
    }

    /** The kept versions of a story, newest first, each named by the time it was replaced. */
    List<String> versions(String id) {
        Path history = requireDirectory().resolve(HISTORY).resolve(id);
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(history)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + history, e);
        }
    }

    /** Puts a kept version back in place; the files it replaces are kept in turn. */
    void restore(String id, String version) {
        Path history = requireDirectory().resolve(HISTORY).resolve(id);
        if (!versions(id).contains(version)) {
            throw new StudioException("studio.restore.unknown", id, version);
        }
        try {
            String yaml = Files.readString(history.resolve(version + ".yaml"));
            Path article = history.resolve(version + ".article.txt");
            String articleText = Files.exists(article) ? Files.readString(article) : "";
            save(new DraftFiles(id + ".yaml", yaml, id + ".article.txt", articleText), id, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept version " + version + " of '" + id + "'", e);
        }
    }

    private void keepPrevious(Path dir, String id, DraftFiles files) throws IOException {
        Path story = dir.resolve(files.storyFile());
        if (!Files.exists(story)) {
            return;
        }
        Path history = Files.createDirectories(dir.resolve(HISTORY).resolve(id));
        String version = VERSION.format(clock.instant());
        Path article = dir.resolve(files.articleFile());
        if (Files.exists(article)) {
            Files.copy(article, history.resolve(version + ".article.txt"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(story, history.resolve(version + ".yaml"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes a temporary file beside the target and renames it over the target in one step. */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path requireDirectory() {
        return directory().orElseThrow(() -> new StudioException("studio.save.no-directory"));
    }
}
