package dev.storyatlas.web;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's error report, for what the server refuses before the app sees it (an address whose path it
 * cannot decode, headers too large): the same {@link ErrorAnswer} as the app's, instead of Tomcat's own page.
 */
@Component
class ServerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final I18NProvider translations;

    ServerErrorReport(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // the host adds a report valve of this class only if its pipeline has none of it yet
                host.setErrorReportValveClass(Valve.class.getName());
                host.getPipeline().addValve(new Valve(translations));
            }
        });
    }

    /** Writes the answer where Tomcat would write its own page; a body the app wrote is left alone. */
    static final class Valve extends ErrorReportValve {
        private final I18NProvider translations;

        Valve(I18NProvider translations) {
            this.translations = translations;
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI() == null ? "/" : request.getRequestURI();
            ErrorAnswer answer = ErrorAnswer.of(status, uri, request.getQueryString(), Collections.list(request.getLocales()));
            try {
                response.setContentType(answer.contentType().toString());
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(new String(answer.body(translations), StandardCharsets.UTF_8));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer already started: nothing more to say
            }
        }
    }
}
