package dev.storyatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a monitor that sends the configured health token an authorised caller of the actuator, which
 * shows health details only to those ({@code show-details=when-authorized}); everybody else sees the
 * status alone. The app has no users, so one shared secret is the whole of its access control.
 */
@Component
class OperatorAccessFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    OperatorAccessFilter(WebProperties properties) {
        this.token = properties.healthToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return token.length == 0 || !request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        boolean operator = authorization != null && authorization.startsWith(BEARER)
                && MessageDigest.isEqual(token, authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
        chain.doFilter(operator ? new Operator(request) : request, response);
    }

    /** The request of the monitor, signed in as the operator. */
    private static final class Operator extends HttpServletRequestWrapper {
        private static final Principal OPERATOR = () -> "operator";

        Operator(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return OPERATOR;
        }

        @Override
        public boolean isUserInRole(String role) {
            return true;
        }
    }
}
