package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstPinsListenerTest {

    @Test
    void the_first_map_script_is_the_one_the_entry_script_imports() {
        String entry = "const deps=[\"./lit-BGv8sEu0.js\",\"./first-map-B1OYt32C.js\"];"
                + "document.getElementById(`sa-first-pins`)&&l(()=>import(`./first-map-B1OYt32C.js`).then(e=>e.drawFirstMap()))";

        assertThat(FirstPinsListener.importedScript(entry, "first-map")).hasValue("first-map-B1OYt32C.js");
    }

    @Test
    void an_entry_script_without_that_module_gives_no_script_and_other_names_do_not_match() {
        String entry = "import(\"./first-mapper-X1.js\");import('./my-first-map-Y2.js');import(\"./story-atlas-map-Z3.js\")";

        assertThat(FirstPinsListener.importedScript(entry, "first-map")).isEmpty();
        assertThat(FirstPinsListener.importedScript(entry, "story-atlas-map")).hasValue("story-atlas-map-Z3.js");
    }

    @Test
    void in_a_build_folder_with_an_older_builds_scripts_the_one_the_page_loads_is_named(@TempDir Path classes) throws Exception {
        Path webapp = Files.createDirectories(classes.resolve("META-INF/VAADIN/webapp/VAADIN/build"));
        Files.writeString(classes.resolve("META-INF/VAADIN/webapp/index.html"), "<html><head>"
                + "<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-New12345.js\"></script></head></html>");
        Files.writeString(webapp.resolve("indexhtml-New12345.js"), "l(()=>import(`./first-map-Current1.js`))");
        Files.writeString(webapp.resolve("indexhtml-Old12345.js"), "l(()=>import(`./first-map-Stale123.js`))");
        Files.writeString(webapp.resolve("first-map-Current1.js"), "");
        Files.writeString(webapp.resolve("first-map-Stale123.js"), "");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(FirstPinsListener.productionScript(loader, "first-map")).hasValue("first-map-Current1.js");
        }
    }

    @Test
    void without_a_production_page_there_is_no_script_and_no_failure(@TempDir Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(FirstPinsListener.productionScript(loader, "first-map")).isEmpty();
        }
    }
}
