package dev.storyatlas.base;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Spares each new reader the class-path searches Vaadin repeats for them: service provider files
 * are remembered by the web application's class loader ({@link ServiceFileMemory}), and request
 * paths that name no static file by the static file server ({@link RememberedStaticFiles}).
 * Vaadin finds the latter as a {@link StaticFileHandlerFactory} bean.
 */
@Component
class ResourceLookups implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, StaticFileHandlerFactory {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Tomcat makes the web application's class loader a child of the factory's resource loader's class loader
        ClassLoader application = ClassUtils.getDefaultClassLoader();
        factory.setResourceLoader(new DefaultResourceLoader(new ServiceFileMemory(
                application == null ? ClassLoader.getSystemClassLoader() : application)));
    }

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new RememberedStaticFiles(new StaticFileServer(service), Clock.systemUTC());
    }
}
