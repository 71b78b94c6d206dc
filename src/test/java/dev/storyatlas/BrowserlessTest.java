package dev.storyatlas;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browserless UI tests: the real Spring context and views, a simulated browser session
 * (Karibu-Testing), no HTTP and no JavaScript.
 */
@SpringBootTest
public abstract class BrowserlessTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("dev.storyatlas");
        // Views are package-private; Karibu's own scan sees public classes only.
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("dev.storyatlas").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(routes.getRoutes()::add);
        }
    }

    @BeforeEach
    void openUi() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    /** Navigates to the path with the query string, as a reader following a link would. */
    protected static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }
}
