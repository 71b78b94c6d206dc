package dev.storyatlas.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A session starts with {@link SessionGuard}'s short life; once it holds a view (a reader is there) it
 * gets the servlet's session timeout, which the embed may then set to its own.
 */
@Component
class SessionLifetimes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // in minutes; zero or less means that sessions never time out
        int minutes = event.getSource() instanceof VaadinServletService servlet ? servlet.getServlet().getServletContext().getSessionTimeout() : 30;
        int normal = minutes <= 0 ? -1 : (int) Duration.ofMinutes(minutes).toSeconds();
        event.getSource().addUIInitListener(init -> {
            WrappedSession session = init.getUI().getSession().getSession();
            if (session != null && (normal < 0 || session.getMaxInactiveInterval() < normal)) {
                session.setMaxInactiveInterval(normal);
            }
        });
    }
}
