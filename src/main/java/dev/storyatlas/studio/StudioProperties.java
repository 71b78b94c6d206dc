package dev.storyatlas.studio;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The studio's settings under {@code storyatlas.studio}.
 *
 * @param enabled  whether editors may sign in at {@code /studio}; off by default, and off while no account is set
 * @param accounts each editor's name with the hash of their password in Spring Security's form
 *                 {@code {bcrypt}$2a$...} (the {@code {id}} names the hashing scheme); plain passwords are refused
 */
@ConfigurationProperties("storyatlas.studio")
public record StudioProperties(boolean enabled, Map<String, String> accounts) {

    /** Editors sign in with this role; the view asks for it. */
    static final String ROLE = "EDITOR";

    private static final Pattern HASH = Pattern.compile("^\\{[a-zA-Z0-9_.-]+}.+");

    public StudioProperties(boolean enabled, @Nullable Map<String, String> accounts) {
        this.enabled = enabled;
        this.accounts = accounts == null ? Map.of() : Map.copyOf(new TreeMap<>(accounts));
        this.accounts.forEach((name, hash) -> {
            if (!HASH.matcher(hash.strip()).matches()) {
                throw new IllegalArgumentException("storyatlas.studio.accounts." + name
                        + ": not a password hash with its scheme, such as {bcrypt}$2a$10$...; see the editors' section of README");
            }
        });
    }

    /** Whether the studio is there at all: switched on and with someone who may sign in. */
    boolean on() {
        return enabled && !accounts.isEmpty();
    }
}
