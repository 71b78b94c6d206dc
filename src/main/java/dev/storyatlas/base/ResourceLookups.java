package dev.storyatlas.base;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Spares each new reader the class-path searches Vaadin repeats for them: service provider files
 * are remembered by the web application's class loader ({@link ServiceFileMemory}), and request
 * paths that name no static file by the static file server ({@link RememberedStaticFiles}).
 * Vaadin finds the latter as a {@link StaticFileHandlerFactory} bean; it applies in production mode.
 */
@Component
class ResourceLookups implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, StaticFileHandlerFactory {

    private final ResourceLoader application;

    ResourceLookups(ResourceLoader application) {
        this.application = application;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Tomcat makes the web application's class loader a child of the factory's resource loader's class loader
        ClassLoader classes = application.getClassLoader();
        factory.setResourceLoader(new DefaultResourceLoader(new ServiceFileMemory(
                classes == null ? ClassLoader.getSystemClassLoader() : classes)));
    }

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer files = new StaticFileServer(service);
        return service.getDeploymentConfiguration().isProductionMode() ? new RememberedStaticFiles(files, System::nanoTime) : files;
    }
}
