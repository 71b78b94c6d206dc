package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as the real server writes it: partitioned for cross-site embeds wherever the
 * browser accepts a {@code Secure} cookie, unchanged over plain HTTP elsewhere. The requests go over
 * a plain socket so that the {@code Host} header can name a host other than this machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
                "server.forward-headers-strategy=native"})
class SessionCookieTest {

    @LocalServerPort
    private int port;

    @Test
    void on_localhost_the_session_cookie_is_same_site_none_secure_and_partitioned() throws IOException {
        String cookie = sessionCookie("localhost:" + port, List.of());

        assertThat(attributes(cookie)).contains("SameSite=None", "Secure", "Partitioned", "HttpOnly");
    }

    @Test
    void on_a_loopback_address_the_session_cookie_is_partitioned_too() throws IOException {
        String cookie = sessionCookie("127.0.0.1:" + port, List.of());

        assertThat(attributes(cookie)).contains("SameSite=None", "Secure", "Partitioned");
    }

    @Test
    void over_plain_http_on_another_host_the_session_cookie_has_no_cross_site_attributes() throws IOException {
        String cookie = sessionCookie("atlas.example", List.of());

        assertThat(attributes(cookie)).contains("HttpOnly").doesNotContain("Secure", "Partitioned", "SameSite=None");
    }

    @Test
    void over_https_through_a_proxy_on_another_host_the_session_cookie_is_partitioned() throws IOException {
        String cookie = sessionCookie("atlas.example", List.of("X-Forwarded-Proto: https"));

        assertThat(attributes(cookie)).contains("SameSite=None", "Secure", "Partitioned");
    }

    @Test
    void the_probe_cookie_of_a_page_load_goes_out_with_the_same_attributes_as_the_session_cookie() throws IOException {
        assertThat(attributes(cookie("localhost:" + port, List.of(), "/embed?lang=en", CookieCheckFilter.PROBE)))
                .contains("SameSite=None", "Secure", "Partitioned", "HttpOnly");
        assertThat(attributes(cookie("atlas.example", List.of(), "/embed?lang=en", CookieCheckFilter.PROBE)))
                .doesNotContain("Secure", "Partitioned", "SameSite=None");
    }

    /**
     * The JSESSIONID cookie the server sets for a new reader of the embed, asked for under the given Host: with
     * Flow's first request, since a page load starts no session.
     */
    private String sessionCookie(String host, List<String> extraHeaders) throws IOException {
        return cookie(host, extraHeaders, "/?v-r=init&location=embed&query=lang%3Den", "JSESSIONID");
    }

    /** The cookie of that name the server sets in its answer to a GET of the path, under the given Host. */
    private String cookie(String host, List<String> extraHeaders, String pathAndQuery, String name) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            extraHeaders.forEach(header -> request.append(header).append("\r\n"));
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = readHead(socket.getInputStream());
            String prefix = "Set-Cookie: " + name + "=";
            return head.lines().filter(line -> line.regionMatches(true, 0, prefix, 0, prefix.length()))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in:\n" + head));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.substring(setCookie.indexOf(';') + 1).split(";")).stream().map(String::strip).toList();
    }
}
