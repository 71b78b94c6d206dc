package dev.storyatlas.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A session that lives for one request and is never stored or sent as a cookie. Vaadin wants a session
 * for the bootstrap page, although the page (and its first pins) is the same for every reader; this
 * one lets it build the page and is then forgotten, so a page load costs no memory after it is sent.
 * The reader's real session starts with Flow's first request for the view.
 */
final class PageSession implements HttpSession {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final String id = "page-" + UUID.randomUUID();
    private final long createdAt = System.currentTimeMillis();
    private final ServletContext context;
    private int maxInactiveInterval;

    PageSession(ServletContext context, int maxInactiveInterval) {
        this.context = context;
        this.maxInactiveInterval = maxInactiveInterval;
    }

    @Override
    public long getCreationTime() {
        return createdAt;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return createdAt;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
