package dev.storyatlas.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The switches under {@code storyatlas.platform}: each framework workaround is on by default and can be
 * switched off, so the benchmark can show what it is worth (docs: how to run the benchmark beside one switched off).
 * The prepared application context has its own switch, {@code -Dspring.aot.enabled}, read before Spring starts.
 *
 * @param serviceFileMemory     remember the class path's service files ({@link ServiceFileMemory})
 * @param rememberedStaticFiles remember request paths that name no static file ({@link RememberedStaticFiles})
 * @param heldBackLumo          let the first map paint before Lumo's style sheet loads ({@link HeldBackLumo})
 * @param asciiJson             send the side lists' JSON as ASCII ({@link AsciiJson})
 */
@ConfigurationProperties("storyatlas.platform")
public record PlatformProperties(
        @DefaultValue("true") boolean serviceFileMemory,
        @DefaultValue("true") boolean rememberedStaticFiles,
        @DefaultValue("true") boolean heldBackLumo,
        @DefaultValue("true") boolean asciiJson) {

    /** Every workaround on: the defaults. */
    public static final PlatformProperties DEFAULTS = new PlatformProperties(true, true, true, true);
}
