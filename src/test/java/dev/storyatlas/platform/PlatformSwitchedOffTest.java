package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every workaround switched off: the app runs on the frameworks' own ways and serves the same pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
                "storyatlas.platform.service-file-memory=false", "storyatlas.platform.remembered-static-files=false",
                "storyatlas.platform.held-back-lumo=false", "storyatlas.platform.ascii-json=false"})
class PlatformSwitchedOffTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ServletContext servletContext;

    @Autowired
    private PlatformProperties properties;

    @Test
    void the_switches_are_read_from_the_configuration() {
        assertThat(properties).isEqualTo(new PlatformProperties(false, false, false, false));
    }

    @Test
    void the_web_application_loads_service_files_without_the_memory() {
        List<ClassLoader> chain = new ArrayList<>();
        for (ClassLoader loader = servletContext.getClassLoader(); loader != null; loader = loader.getParent()) {
            chain.add(loader);
        }

        assertThat(chain).noneMatch(ServiceFileMemory.class::isInstance);
    }

    @Test
    void the_embed_page_carries_its_first_pins_with_lumo_applied_at_once() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed?lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("sa-first-pins", "lumo/lumo.css").doesNotContain(HeldBackLumo.HELD_STYLE_SHEET);
        }
    }
}
