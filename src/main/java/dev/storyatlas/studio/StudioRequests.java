package dev.storyatlas.studio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests Spring Security looks at: the studio's own addresses, and any request of a session an
 * editor signed in to (its Vaadin messages carry the editor's identity to the view). A reader's
 * request is neither, so it passes the server exactly as it did before the studio existed: no
 * security headers, no request cache, no CSRF token in the page, no session.
 */
final class StudioRequests implements RequestMatcher {

    /** Where the studio lives; its sign-in and sign-out are below it. */
    static final String PATH = "/studio";
    static final String LOGIN = PATH + "/login";
    static final String LOGOUT = PATH + "/logout";

    @Override
    public boolean matches(HttpServletRequest request) {
        return isStudioPath(pathInApp(request)) || signedIn(request);
    }

    static boolean isStudioPath(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /** The path below the context path, without path parameters; odd paths never count as the studio's. */
    private static String pathInApp(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        int parameters = uri.indexOf(';');
        return parameters < 0 ? uri : uri.substring(0, parameters);
    }

    /** Whether the request belongs to a session that holds a signed-in editor; never starts a session. */
    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
