package dev.storyatlas.platform;

import java.net.URL;
import java.security.CodeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Budget line: start-up time. The jar carries the application context the build prepared (Spring AOT:
 * the bean definitions as generated code, every condition already evaluated), which spares the start-up
 * the scan of the auto-configurations and most of its reflection. Spring uses it only when told to, so
 * the packaged app tells it; classes in a directory ({@code spring-boot:run}, tests) start as usual, as
 * generated classes a packaging left there know nothing of the development mode. Off with
 * {@code -Dspring.aot.enabled=false}: a system property, since it is read before Spring starts.
 */
public final class PreparedContext {

    /** Spring's switch for the application context prepared at build time. */
    public static final String AOT_ENABLED = "spring.aot.enabled";

    private PreparedContext() {
    }

    /** Tells Spring to start the application from its prepared context when it runs from the packaged jar that carries one. */
    public static void useWhenPackaged(Class<?> application) {
        CodeSource codeSource = application.getProtectionDomain().getCodeSource();
        boolean prepared = ClassUtils.isPresent(application.getName() + "__ApplicationContextInitializer", application.getClassLoader());
        if (use(System.getProperty(AOT_ENABLED), codeSource == null ? null : codeSource.getLocation(), prepared)) {
            System.setProperty(AOT_ENABLED, "true");
        }
    }

    /** Whether to start from the prepared context: as an explicit setting says, else when it is present and not in a directory. */
    static boolean use(@Nullable String explicitSetting, @Nullable URL classesLocation, boolean preparedContextPresent) {
        if (explicitSetting != null) {
            return Boolean.parseBoolean(explicitSetting);
        }
        boolean fromDirectory = classesLocation == null
                || "file".equals(classesLocation.getProtocol()) && classesLocation.getPath().endsWith("/");
        return preparedContextPresent && !fromDirectory;
    }
}
