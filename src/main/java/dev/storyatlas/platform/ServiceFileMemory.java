package dev.storyatlas.platform;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Budget line: server CPU per new reader. A class loader in front of the application's that remembers which {@code META-INF/services}
 * files the class path holds. Vaadin looks service providers up again for every new reader (the
 * push connection factory, the development-mode handler that production lacks), and in a packaged
 * jar each look-up opens every nested jar. The class path does not change while the app runs, and
 * the names are class names from code, so the memory stays small. Classes and all other resources
 * come from the parent as before.
 */
final class ServiceFileMemory extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";

    static {
        registerAsParallelCapable();
    }

    private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    ServiceFileMemory(ClassLoader parent) {
        super("story-atlas-service-files", parent);
    }

    /** Straight to the parent: this loader defines no classes, so it needs no lock per name and no failed search of its own. */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        return getParent().loadClass(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> found = serviceFiles.get(name);
        if (found == null) {
            found = List.copyOf(Collections.list(super.getResources(name)));
            serviceFiles.putIfAbsent(name, found);
        }
        return Collections.enumeration(found);
    }
}
