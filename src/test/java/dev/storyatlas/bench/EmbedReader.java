package dev.storyatlas.bench;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One embed reader over plain HTTP, replaying what Chromium sends: the bootstrap page (which opens a
 * session), Vaadin's init request (which creates the UI), the UIDL requests the page sends while it
 * opens (the navigation to {@code /embed}, which builds the view), and UIDL requests with the map
 * element's {@code sa-choose} event as a pin's click sends it (Chromium's captured click, another pin named).
 * Each reader has its own session cookie, CSRF token and message ids.
 */
final class EmbedReader {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    /** The change that gives the map's element its tag names that element's node. */
    private static final Pattern MAP_NODE = Pattern.compile("\\{[^{}]*\"sa-story-map\"[^{}]*\\}");
    private static final Pattern CHOSEN_ID = Pattern.compile("\"event\\.detail\\.id\":\"[^\"]*\"");
    private static final Pattern BODY_NODE = Pattern.compile("\"node\":\\d+");
    private static final Pattern NODE = Pattern.compile("\"node\"\\s*:\\s*(\\d+)");
    private static final Pattern BODY_CSRF = Pattern.compile("\"csrfToken\":\"[^\"]*\"");
    private static final Pattern BODY_SYNC_ID = Pattern.compile("\"syncId\":\\d+");
    private static final Pattern BODY_CLIENT_ID = Pattern.compile("\"clientId\":\\d+");

    private final ReaderHttp client;
    private final String bootstrapUrl;
    private final @Nullable String initUrl;
    private final String uidlUrl;
    private final List<String> openingBodies;
    private final String clickBody;
    private String cookie = "";
    private String uiId = "0";
    private String csrf = "";
    private int mapNode = -1;
    private int syncId;
    private int clientId;

    EmbedReader(ReaderHttp client, String bootstrapUrl, Chromium.Captured captured) {
        this.client = client;
        this.bootstrapUrl = bootstrapUrl;
        this.initUrl = captured.initUrl();
        this.uidlUrl = captured.uidlUrl();
        this.openingBodies = captured.openingBodies();
        this.clickBody = captured.clickBody();
    }

    /** Loads the bootstrap page, sends the init request and the opening messages: a new session and UI showing the embed. */
    void open() throws IOException {
        open(true);
    }

    /**
     * Loads the bootstrap page and sends the init request (a new session and UI); with {@code navigate}
     * also the opening messages, whose navigation builds the embed view.
     */
    void open(boolean navigate) throws IOException {
        ReaderHttp.Reply bootstrap = client.get(bootstrapUrl, cookie);
        check(bootstrap.status(), "bootstrap");
        takeCookie(bootstrap);
        String body = bootstrap.body();
        if (initUrl != null) {
            ReaderHttp.Reply init = client.get(initUrl, cookie);
            check(init.status(), "init");
            takeCookie(init);
            body = init.body();
        }
        csrf = find(CSRF, body).orElseThrow(() -> new IllegalStateException("no CSRF token in the init response"));
        uiId = find(UI_ID, body).orElse("0");
        syncId = find(SYNC_ID, body).map(Integer::parseInt).orElse(0);
        clientId = find(CLIENT_ID, body).map(Integer::parseInt).orElse(0);
        if (!navigate) {
            return;
        }
        StringBuilder changes = new StringBuilder(body);
        for (String opening : openingBodies) {
            changes.append(send(withOwnIds(opening)));
        }
        Matcher map = MAP_NODE.matcher(changes);
        if (!map.find()) {
            throw new IllegalStateException("no <sa-story-map> in the server's answers");
        }
        mapNode = Integer.parseInt(find(NODE, map.group()).orElseThrow());
    }

    /** Chooses the place's pin as a pointer click does (the captured click, this reader's ids); returns when the server's answer arrived. */
    void clickPin(String placeId) throws IOException {
        String rpc = BODY_NODE.matcher(CHOSEN_ID.matcher(clickBody)
                .replaceFirst(Matcher.quoteReplacement("\"event.detail.id\":\"" + placeId + "\""))).replaceFirst("\"node\":" + mapNode);
        send(withOwnIds(rpc));
    }

    /**
     * Leaves as a browser does when its tab closes or navigates away: Flow's unload beacon, a message with no
     * changes and {@code "UNLOAD":true}, on which the server closes the UI (the session lives on until it expires).
     */
    void leave() throws IOException {
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}";
        ReaderHttp.Reply response = client.post(uidlUrl.replaceFirst("v-uiId=\\d+", "v-uiId=" + uiId), cookie, message);
        check(response.status(), "unload beacon");
    }

    /** A captured message with this reader's CSRF token and message ids. */
    private String withOwnIds(String captured) {
        return BODY_CLIENT_ID.matcher(BODY_SYNC_ID.matcher(BODY_CSRF.matcher(captured)
                .replaceFirst(Matcher.quoteReplacement("\"csrfToken\":\"" + csrf + "\"")))
                .replaceFirst("\"syncId\":" + syncId)).replaceFirst("\"clientId\":" + clientId);
    }

    /** Sends one UIDL message and follows the server's message ids; returns the answer. */
    private String send(String message) throws IOException {
        ReaderHttp.Reply response = client.post(uidlUrl.replaceFirst("v-uiId=\\d+", "v-uiId=" + uiId), cookie, message);
        check(response.status(), "uidl");
        String body = response.body();
        if (body.contains("\"resynchronize\"") || body.contains("sessionExpired") || body.contains("Invalid security key")) {
            throw new IllegalStateException("the server refused a message: " + body.substring(0, Math.min(200, body.length())));
        }
        syncId = find(SYNC_ID, body).map(Integer::parseInt).orElse(syncId);
        clientId = find(CLIENT_ID, body).map(Integer::parseInt).orElse(clientId + 1);
        return body;
    }

    private void takeCookie(ReaderHttp.Reply response) {
        response.cookies().forEach(value -> find(SESSION, value).ifPresent(id -> cookie = "JSESSIONID=" + id));
    }

    private static void check(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
