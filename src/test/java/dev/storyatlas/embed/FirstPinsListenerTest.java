package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
