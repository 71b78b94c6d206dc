package dev.storyatlas.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A session starts with {@link SessionGuard}'s short life, also when Flow has made a UI for it (a bare
 * init request costs a stranger nothing); once the UI navigates to a view (a reader is there) it gets the
 * servlet's session timeout, and {@link SessionGuard} counts it at a reader's weight. Only a session still on
 * the short life is raised, so a view that sets its own (the embed's) keeps it whichever runs first.
 */
@Component
class SessionLifetimes implements VaadinServiceInitListener {

    private final int shortLife;
    private final SessionGuard guard;

    SessionLifetimes(WebProperties properties, SessionGuard guard) {
        this.shortLife = (int) properties.pageSessionTimeout().toSeconds();
        this.guard = guard;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // in minutes; zero or less means that sessions never time out
        int minutes = event.getSource() instanceof VaadinServletService servlet ? servlet.getServlet().getServletContext().getSessionTimeout() : 30;
        int normal = minutes <= 0 ? -1 : (int) Duration.ofMinutes(minutes).toSeconds();
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            WrappedSession session = enter.getUI().getSession().getSession();
            if (session != null) {
                guard.viewShown(session);
                if (session.getMaxInactiveInterval() == shortLife) {
                    session.setMaxInactiveInterval(normal);
                }
            }
        }));
    }
}
