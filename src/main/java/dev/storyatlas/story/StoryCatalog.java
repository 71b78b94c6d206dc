package dev.storyatlas.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The stories Story Atlas serves. The built-in ones ship in {@code classpath:stories/*.yaml}; they are
 * part of the product, so a broken one stops the start-up with every problem listed. Further stories
 * come from {@code storyatlas.stories-dir}: those are data a newsroom edits while the app runs, so a
 * broken one is skipped and reported ({@link #failures()}), and the directory is scanned again every
 * {@code storyatlas.scan-interval}.
 */
@Service
public class StoryCatalog implements AutoCloseable {

    static final String BUILT_IN = "classpath:stories/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(StoryCatalog.class);

    private final Map<String, Story> builtIn = new LinkedHashMap<>();
    private final String defaultStoryId;
    private final @Nullable StoryDirectory directory;
    private final @Nullable ScheduledExecutorService scanner;
    private @Nullable Map<String, String> lastFingerprint;
    private volatile Shelf shelf;

    @Autowired
    StoryCatalog(StoryLoader loader, StoryAtlasProperties properties) {
        this(loader, properties, BUILT_IN);
    }

    /** A catalog with the built-in stories at another location, so tests can break one. */
    StoryCatalog(StoryLoader loader, StoryAtlasProperties properties, String builtInPattern) {
        for (Resource file : builtInFiles(builtInPattern)) {
            Story story = loader.load(file);
            builtIn.put(story.id(), story);
        }
        this.shelf = new Shelf(Map.copyOf(builtIn), List.copyOf(builtIn.values()), List.of());
        this.directory = properties.storiesDir() == null ? null : new StoryDirectory(properties.storiesDir(), loader);
        scanQuietly();
        this.defaultStoryId = properties.defaultStory();
        if (find(defaultStoryId).isEmpty()) {
            throw new IllegalStateException("storyatlas.default-story: no story with id '" + defaultStoryId
                    + "' (known: " + String.join(", ", shelf.all().stream().map(Story::id).toList()) + ")");
        }
        this.scanner = directory == null ? null : startScanning(properties);
    }

    /** The story shown at the root of the app; the first built-in one if the configured story has since left the directory. */
    public Story defaultStory() {
        return find(defaultStoryId).orElseGet(() -> builtIn.values().iterator().next());
    }

    /** The story with this id, if there is one. */
    public Optional<Story> find(String storyId) {
        return Optional.ofNullable(shelf.byId().get(storyId));
    }

    /** The story with this id, or the default story when no id is given (null or blank): what a map's address names. */
    public Optional<Story> findOrDefault(@Nullable String storyId) {
        return storyId == null || storyId.isBlank() ? Optional.of(defaultStory()) : find(storyId.strip());
    }

    /** All stories: the built-in ones first, then those of the stories directory by file name. */
    public List<Story> all() {
        return shelf.all();
    }

    /** The stories directory, if one is set. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory).map(StoryDirectory::path);
    }

    /** The files of the stories directory that were skipped at the last scan, with their problems. */
    public List<StoryFailure> failures() {
        return shelf.failures();
    }

    /**
     * Reads the stories directory again if any file in it was added, changed or removed since the last
     * scan; the scanner calls this, and so may a test that cannot wait. Returns whether anything changed.
     */
    public synchronized boolean refresh() {
        if (directory == null) {
            return false;
        }
        Map<String, String> fingerprint = directory.fingerprint();
        if (fingerprint.equals(lastFingerprint)) {
            return false;
        }
        StoryDirectory.Contents contents = directory.load(builtIn.keySet());
        Map<String, Story> byId = new LinkedHashMap<>(builtIn);
        byId.putAll(contents.stories());
        List<StoryFailure> before = shelf.failures();
        shelf = new Shelf(Map.copyOf(byId), List.copyOf(byId.values()), contents.failures());
        // kept only now: a scan that failed half-way must be tried again, not taken as the directory's state
        lastFingerprint = fingerprint;
        log.info("Stories directory {}: {} stories loaded, {} files skipped", directory.path(), contents.stories().size(),
                contents.failures().size());
        // a file is named once for its problems, not again at every scan another file's change causes
        contents.failures().stream().filter(failure -> !before.contains(failure)).forEach(failure -> log.warn("Skipped story file {}:\n  {}",
                failure.file(), String.join("\n  ", failure.problems().stream().map(StoryProblem::toString).toList())));
        return true;
    }

    /** Stops scanning the stories directory; Spring calls this when the app stops. */
    @Override
    public void close() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    private ScheduledExecutorService startScanning(StoryAtlasProperties properties) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("story-directory-scan").daemon().factory());
        long every = properties.scanInterval().toMillis();
        executor.scheduleWithFixedDelay(this::scanQuietly, every, every, TimeUnit.MILLISECONDS);
        return executor;
    }

    private synchronized void scanQuietly() {
        try {
            refresh();
        } catch (Throwable e) {
            // anything escaping here, an Error included, would cancel every later scan
            log.error("Scanning the stories directory failed; trying again at the next scan", e);
            String dir = String.valueOf(directory().orElse(null));
            shelf = new Shelf(shelf.byId(), shelf.all(), List.of(new StoryFailure(dir,
                    List.of(StoryProblem.at(dir, "", "the last scan failed (" + StoryProblem.reason(e) + "); it is tried again at the next one")))));
        }
    }

    private static List<Resource> builtInFiles(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(files).sorted(Comparator.comparing(file -> String.valueOf(file.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    /** One consistent view of the catalog, swapped whole so readers never see half a scan. */
    private record Shelf(Map<String, Story> byId, List<Story> all, List<StoryFailure> failures) {
    }
}
