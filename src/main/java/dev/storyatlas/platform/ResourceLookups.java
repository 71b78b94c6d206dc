package dev.storyatlas.platform;

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
 * Budget lines: server CPU per new reader and readers per second. Spares each new reader the class-path
 * searches Vaadin repeats for them: service provider files are remembered by the web application's class
 * loader ({@link ServiceFileMemory}, off with {@code storyatlas.platform.service-file-memory=false}), and
 * request paths that name no static file by the static file server ({@link RememberedStaticFiles}, off with
 * {@code storyatlas.platform.remembered-static-files=false}). Vaadin finds the latter as a
 * {@link StaticFileHandlerFactory} bean; it applies in production mode.
 */
@Component
class ResourceLookups implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, StaticFileHandlerFactory {

    private final ResourceLoader application;
    private final PlatformProperties properties;

    ResourceLookups(ResourceLoader application, PlatformProperties properties) {
        this.application = application;
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!properties.serviceFileMemory()) {
            return;
        }
        // Tomcat makes the web application's class loader a child of the factory's resource loader's class loader
        ClassLoader classes = application.getClassLoader();
        factory.setResourceLoader(new DefaultResourceLoader(new ServiceFileMemory(
                classes == null ? ClassLoader.getSystemClassLoader() : classes)));
    }

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer files = new StaticFileServer(service);
        return properties.rememberedStaticFiles() && service.getDeploymentConfiguration().isProductionMode()
                ? new RememberedStaticFiles(files, System::nanoTime) : files;
    }
}
