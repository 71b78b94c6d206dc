package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinServletContext;
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

/** The running app with the defaults: Vaadin and Tomcat use the remembering look-ups, and pages and files are served as before. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
class ResourceLookupsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ServletContext servletContext;

    @Test
    void the_web_applications_class_loader_sits_on_the_service_file_memory() {
        List<ClassLoader> chain = new ArrayList<>();
        for (ClassLoader loader = servletContext.getClassLoader(); loader != null; loader = loader.getParent()) {
            chain.add(loader);
        }

        assertThat(chain).hasAtLeastOneElementOfType(ServiceFileMemory.class);
    }

    @Test
    void vaadin_takes_its_static_file_server_from_the_app() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        assertThat(lookup.lookup(StaticFileHandlerFactory.class)).isInstanceOf(ResourceLookups.class);
    }

    @Test
    void pages_and_files_are_served_however_often_they_are_asked_for() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> page = client.send(get("/embed?lang=en"), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> file = client.send(get("/story-atlas.css"), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> missing = client.send(get("/no-such-file.css"), HttpResponse.BodyHandlers.ofString());

                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("<div id=\"outlet\">", "sa-first-pins", HeldBackLumo.HELD_STYLE_SHEET);
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
                // no such file: Vaadin answers with its page, as for any path it does not know
                assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }
}
