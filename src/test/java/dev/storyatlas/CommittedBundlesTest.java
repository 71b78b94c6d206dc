package dev.storyatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.frontend.BundleValidationUtil;
import dev.storyatlas.base.AppShell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front-end bundles in {@code src/main/bundles/} are what a build takes instead of running npm and Vite, as
 * long as Vaadin finds them current: they must have been built from the front-end files as they are, with the
 * hashes Vaadin's own validation compares (see docs, "The front-end bundles").
 */
class CommittedBundlesTest {

    private static final Path FRONTEND = Path.of("frontend");

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void the_committed_bundle_was_built_from_the_front_end_files_as_they_are(String bundle) throws IOException {
        List<String> stale = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> recorded : frontendHashes(Path.of("src/main/bundles", bundle + ".bundle")).properties()) {
            Path file = FRONTEND.resolve(recorded.getKey());
            // ours only: Vaadin generates frontend/generated/, and the connectors come from its jars
            if (recorded.getKey().startsWith("generated/") || !Files.isRegularFile(file)) {
                continue;
            }
            checked++;
            if (!BundleValidationUtil.calculateHash(Files.readString(file)).equals(recorded.getValue().asString())) {
                stale.add(recorded.getKey());
            }
        }
        assertThat(checked).as("front-end files of ours that %s.bundle records", bundle).isGreaterThan(5);
        assertThat(stale).as("files changed since %s.bundle was built: regenerate it (docs: The front-end bundles) and commit it", bundle).isEmpty();
    }

    @Test
    void the_app_shell_leaves_the_loading_of_routes_to_the_bundle_so_that_a_build_can_take_the_committed_one() {
        // with the annotation Vaadin builds the production bundle anew on every build, whatever is committed
        assertThat(AppShell.class.isAnnotationPresent(LoadDependenciesOnStartup.class)).isFalse();
    }

    @Test
    void every_reader_downloads_the_readers_components_and_none_of_the_studio_s() throws IOException {
        Set<String> elements;
        try (ZipFile zip = new ZipFile("src/main/bundles/prod.bundle")) {
            elements = elementsDefinedIn(readersScripts(zip), zip);
        }
        assertThat(elements).as("elements the scripts of every page define").contains("vaadin-button", "vaadin-multi-select-combo-box")
                .doesNotContain("vaadin-grid", "vaadin-upload", "vaadin-login-form", "vaadin-date-picker", "vaadin-text-area");
    }

    private static final String BUILD = "webapp/VAADIN/build/";
    private static final Pattern ENTRY = Pattern.compile("src=\"(?:\\./)?VAADIN/build/([^\"]+\\.js)\"");
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*\"\\./([^\"]+\\.js)\"");
    private static final Pattern DYNAMIC_IMPORT = Pattern.compile("import\\([`\"]\\./([^`\"]+\\.js)[`\"]\\)");
    private static final Pattern DEFINED_ELEMENT = Pattern.compile("return`(vaadin-[a-z-]+)`");

    /**
     * The scripts every page loads: the entry of {@code index.html}, what it imports (statically, or dynamically as
     * index.ts does Flow and its imports on every page) and, from there, what those import statically. The routes'
     * chunks, which Flow imports dynamically when a view needs them, are not among them.
     */
    private static Set<String> readersScripts(ZipFile zip) throws IOException {
        Matcher entry = ENTRY.matcher(text(zip, "webapp/index.html"));
        assertThat(entry.find()).as("index.html's entry script").isTrue();
        String first = entry.group(1);
        Set<String> scripts = new TreeSet<>(List.of(first));
        Deque<String> open = new ArrayDeque<>(imports(DYNAMIC_IMPORT, text(zip, BUILD + first)));
        open.add(first);
        while (!open.isEmpty()) {
            String script = open.pop();
            scripts.add(script);
            imports(STATIC_IMPORT, text(zip, BUILD + script)).stream().filter(s -> !scripts.contains(s)).forEach(open::add);
        }
        return scripts;
    }

    private static List<String> imports(Pattern kind, String script) {
        return kind.matcher(script).results().map(found -> found.group(1)).toList();
    }

    private static Set<String> elementsDefinedIn(Set<String> scripts, ZipFile zip) throws IOException {
        Set<String> elements = new TreeSet<>();
        for (String script : scripts) {
            DEFINED_ELEMENT.matcher(text(zip, BUILD + script)).results().forEach(found -> elements.add(found.group(1)));
        }
        return elements;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name + " in prod.bundle").isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The front-end files' hashes that Vaadin recorded in a bundle's {@code config/stats.json}. */
    private static JsonNode frontendHashes(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile()); InputStream stats = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return JsonMapper.builder().build().readTree(stats).get("frontendHashes");
        }
    }
}
