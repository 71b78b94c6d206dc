package dev.storyatlas.studio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's strict firewall for the studio's requests only. Spring puts it in front of every
 * request, where it would refuse addresses the app answers today (a path parameter, an encoded slash)
 * with its own error instead of ours; readers' requests keep the app's own handling.
 */
final class StudioFirewall implements HttpFirewall {

    private final HttpFirewall strict = new StrictHttpFirewall();
    private final RequestMatcher studio;

    StudioFirewall(RequestMatcher studio) {
        this.studio = studio;
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        return studio.matches(request) ? strict.getFirewalledRequest(request) : new Unchanged(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return response;
    }

    /** A reader's request as it came. */
    private static final class Unchanged extends FirewalledRequest {
        Unchanged(HttpServletRequest request) {
            super(request);
        }

        @Override
        public void reset() {
            // nothing was changed, so nothing is undone
        }
    }
}
