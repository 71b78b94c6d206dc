package dev.storyatlas.studio;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Gives the studio and its sign-in their addresses when the studio is on; while it is off, both answer 404 like any unknown address.
 * The views are found by their {@code @Route} in this package, never named here: Vaadin's production build puts the components of
 * every class an init listener refers to into the script every reader downloads, and the studio's grids, forms and upload
 * belong in the studio's own chunk.
 */
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
        for (Class<? extends com.vaadin.flow.component.Component> view : views()) {
            if (!routes.isRouteRegistered(view)) {
                routes.setAnnotatedRoute(view);
            }
        }
    }

    /** The studio's views: the classes of this package with a route. */
    static List<Class<? extends com.vaadin.flow.component.Component>> views() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        ClassLoader loader = StudioRoutes.class.getClassLoader();
        return scanner.findCandidateComponents(StudioRoutes.class.getPackageName()).stream()
                .<Class<? extends com.vaadin.flow.component.Component>>map(candidate -> ClassUtils
                        .resolveClassName(candidate.getBeanClassName(), loader).asSubclass(com.vaadin.flow.component.Component.class))
                .toList();
    }
}
