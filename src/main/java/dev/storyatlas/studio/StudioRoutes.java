package dev.storyatlas.studio;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gives the studio and its sign-in their addresses when the studio is on; while it is off, both answer 404 like any unknown address. */
@Component
class StudioRoutes implements VaadinServiceInitListener {

    private final StudioProperties studio;

    StudioRoutes(StudioProperties studio) {
        this.studio = studio;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!studio.on()) {
            return;
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        for (Class<? extends com.vaadin.flow.component.Component> view : List.of(LoginView.class, StudioView.class)) {
            if (!routes.isRouteRegistered(view)) {
                routes.setAnnotatedRoute(view);
            }
        }
    }
}
