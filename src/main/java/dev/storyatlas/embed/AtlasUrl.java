package dev.storyatlas.embed;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Story Atlas server's address as the current reader reached it. */
final class AtlasUrl {

    private AtlasUrl() {
    }

    /**
     * Scheme, host, port and context path of the current request, without a trailing slash. Behind a
     * reverse proxy this is right only when the proxy's forwarded headers are honoured (README).
     */
    static String current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }
}
