package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFileMemoryTest {

    /** A provider the tests list in a service file of their own. */
    public static final class Greeting implements Runnable {
        @Override
        public void run() {
            // a provider only needs to exist
        }
    }

    /** The class path of a directory, counting how often its own resources are searched. */
    private static final class CountingLoader extends URLClassLoader {
        final AtomicInteger searches = new AtomicInteger();

        CountingLoader(Path dir) throws IOException {
            super(new URL[] {dir.toUri().toURL()}, ServiceFileMemoryTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> findResources(String name) throws IOException {
            searches.incrementAndGet();
            return super.findResources(name);
        }
    }

    @TempDir
    Path dir;

    @Test
    void service_files_are_searched_once_and_then_answered_from_memory() throws IOException {
        String name = "META-INF/services/" + Runnable.class.getName();
        Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(dir.resolve(name), Greeting.class.getName() + "\n");
        CountingLoader parent = new CountingLoader(dir);
        ServiceFileMemory memory = new ServiceFileMemory(parent);

        var first = Collections.list(memory.getResources(name));
        var second = Collections.list(memory.getResources(name));

        assertThat(first).isEqualTo(Collections.list(parent.getResources(name))).anyMatch(url -> url.getPath().startsWith(dir.toUri().getPath()));
        assertThat(second).isEqualTo(first);
        assertThat(parent.searches).hasValue(2); // the memory's one search and the direct one above
        assertThat(ServiceLoader.load(Runnable.class, memory).stream().map(p -> p.type().getName()))
                .contains(Greeting.class.getName());
    }

    @Test
    void a_missing_service_file_is_remembered_as_missing() throws IOException {
        CountingLoader parent = new CountingLoader(dir);
        ServiceFileMemory memory = new ServiceFileMemory(parent);

        for (int i = 0; i < 3; i++) {
            assertThat(Collections.list(memory.getResources("META-INF/services/no.such.Service"))).isEmpty();
        }

        assertThat(parent.searches).hasValue(1);
    }

    @Test
    void other_resources_are_searched_each_time_so_nothing_else_changes() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "hello");
        CountingLoader parent = new CountingLoader(dir);
        ServiceFileMemory memory = new ServiceFileMemory(parent);

        assertThat(Collections.list(memory.getResources("note.txt"))).hasSize(1);
        assertThat(Collections.list(memory.getResources("note.txt"))).hasSize(1);

        assertThat(parent.searches).hasValue(2);
        assertThat(Path.of(memory.getResource("note.txt").toURI())).hasContent("hello");
    }

    @Test
    void classes_come_from_the_parent() throws ClassNotFoundException {
        ServiceFileMemory memory = new ServiceFileMemory(getClass().getClassLoader());

        assertThat(memory.loadClass(Greeting.class.getName())).isSameAs(Greeting.class);
    }
}
