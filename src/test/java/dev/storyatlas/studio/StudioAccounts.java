package dev.storyatlas.studio;

import com.microsoft.playwright.Page;

/**
 * The editor account of the tests that switch the studio on. The hash was made once with Spring's
 * {@code new BCryptPasswordEncoder().encode(PASSWORD)}; the sign-in tests show that it matches.
 */
public final class StudioAccounts {

    public static final String EDITOR = "anna";
    public static final String PASSWORD = "paper-lantern-42";
    public static final String ENABLED = "storyatlas.studio.enabled=true";
    public static final String ACCOUNT = "storyatlas.studio.accounts.anna={bcrypt}$2a$10$IS1cu9.CtlroaVr2ji27fe4hx16AFB0RVfTEhMGe3Xf3qyCmlSyHi";

    private StudioAccounts() {
    }

    /** Fills in and sends the studio's sign-in form that the page shows, as the editor with the given password. */
    static void signIn(Page page, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(EDITOR);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }
}
