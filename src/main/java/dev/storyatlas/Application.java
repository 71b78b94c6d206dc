package dev.storyatlas;

import java.net.URL;
import java.security.CodeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

/** Starts Story Atlas: the story catalog, the map views, the embedding and the data API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    /** Spring's switch for the application context prepared at build time. */
    static final String AOT_ENABLED = "spring.aot.enabled";

    public static void main(String[] args) {
        CodeSource codeSource = Application.class.getProtectionDomain().getCodeSource();
        boolean prepared = ClassUtils.isPresent(Application.class.getName() + "__ApplicationContextInitializer",
                Application.class.getClassLoader());
        if (usePreparedContext(System.getProperty(AOT_ENABLED), codeSource == null ? null : codeSource.getLocation(), prepared)) {
            System.setProperty(AOT_ENABLED, "true");
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Whether to start from the application context the build prepared (Spring AOT: the bean
     * definitions as generated code, every condition already evaluated), which spares the start-up
     * the scan of the auto-configurations and most of its reflection. The jar carries that code, and
     * uses it unless {@code -Dspring.aot.enabled} says otherwise. Classes in a directory
     * ({@code spring-boot:run}, tests) start as usual: generated classes that a packaging left there
     * know nothing of the development mode.
     */
    static boolean usePreparedContext(@Nullable String explicitSetting, @Nullable URL classesLocation, boolean preparedContextPresent) {
        if (explicitSetting != null) {
            return Boolean.parseBoolean(explicitSetting);
        }
        boolean fromDirectory = classesLocation == null
                || "file".equals(classesLocation.getProtocol()) && classesLocation.getPath().endsWith("/");
        return preparedContextPresent && !fromDirectory;
    }
}
