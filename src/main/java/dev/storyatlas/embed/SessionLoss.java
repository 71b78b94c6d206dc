package dev.storyatlas.embed;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a reader sees when the server has no session for them any more (it restarted, another server
 * of a cluster took over, or the session timed out): no dialog, the page simply loads again at its
 * URL, which carries the whole view; Vaadin's web component re-creates its elements from their
 * attributes instead. The same holds for Vaadin's "cookies disabled" answer, since a page or element
 * whose browser drops our cookie never gets that far ({@code frontend/cookie-check.ts},
 * {@link CookieCheckFilter}), so neither can loop.
 */
@Component
class SessionLoss implements VaadinServiceInitListener {

    /** One set of messages for every reader: no text, so there is nothing to translate. */
    static final CustomizedSystemMessages MESSAGES = messages();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> MESSAGES);
    }

    private static CustomizedSystemMessages messages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // without a notification and without a URL, Vaadin's client reloads the page (or re-creates the element)
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(null);
        messages.setCookiesDisabledNotificationEnabled(false);
        messages.setCookiesDisabledURL(null);
        return messages;
    }
}
