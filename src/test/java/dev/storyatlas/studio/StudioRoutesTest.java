package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which addresses the studio has, and when. */
class StudioRoutesTest {

    /** The view Vaadin's router shows at the path, as the running app registered it. */
    static Optional<Class<? extends Component>> viewAt(ServletContext servletContext, String path) {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getNavigationTarget(path);
    }

    @Test
    void an_account_without_a_scheme_is_refused_with_the_property_that_names_it() {
        assertThatThrownBy(() -> new StudioProperties(true, Map.of("anna", "secret")))
                .hasMessageContaining("storyatlas.studio.accounts.anna").hasMessageContaining("{bcrypt}");
    }

    @Test
    void the_studio_is_on_only_when_switched_on_with_an_account() {
        assertThat(new StudioProperties(true, Map.of()).on()).isFalse();
        assertThat(new StudioProperties(false, Map.of("anna", "{bcrypt}x")).on()).isFalse();
        assertThat(new StudioProperties(true, Map.of("anna", "{bcrypt}x")).on()).isTrue();
    }

    @Test
    void the_studio_has_two_views_its_sign_in_and_the_studio_itself() {
        assertThat(StudioRoutes.views()).containsExactlyInAnyOrder(LoginView.class, StudioView.class);
    }
}
