package dev.storyatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.frontend.BundleValidationUtil;
import dev.storyatlas.base.AppShell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The front-end files' hashes that Vaadin recorded in a bundle's {@code config/stats.json}. */
    private static JsonNode frontendHashes(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile()); InputStream stats = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return JsonMapper.builder().build().readTree(stats).get("frontendHashes");
        }
    }
}
