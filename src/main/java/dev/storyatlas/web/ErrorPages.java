package dev.storyatlas.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Objects;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to every request the app refuses (bad encoding, unknown file, wrong method, too large, a
 * failure of ours): an {@link ErrorAnswer}. It replaces Spring's Whitelabel page and never shows an
 * exception's text or trace. What the server refuses before the app sees it gets the same answer from
 * {@link ServerErrorReport}.
 */
@Controller
class ErrorPages implements ErrorController {

    private final I18NProvider translations;

    ErrorPages(I18NProvider translations) {
        this.translations = translations;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = Objects.requireNonNullElse((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
        String query = Objects.requireNonNullElse((String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING),
                Objects.requireNonNullElse(request.getQueryString(), ""));
        ErrorAnswer answer = ErrorAnswer.of(status instanceof Integer code ? code : 500,
                uri.substring(Math.min(request.getContextPath().length(), uri.length())), query, Collections.list(request.getLocales()));
        return ResponseEntity.status(answer.status()).cacheControl(CacheControl.noStore())
                .contentType(answer.contentType()).body(answer.body(translations));
    }
}
