package dev.storyatlas.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.storyatlas.base.Language;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * What a reader sees at an address without a page or story: the same words as the server's error
 * pages ({@link ErrorPages}), in the reader's language, with a way back to the map. Replaces Vaadin's
 * page, which is English only and lists the app's routes in development mode.
 */
// readers need no sign-in, also while the studio has Vaadin check every view
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    /** How Vaadin's router words its own not-found: technical English, not shown to readers. */
    private static final String ROUTER_MESSAGE = "Couldn't find route";

    NotFoundView() {
        addClassName("sa-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Locale language = Language.requested(event.getLocation().getQueryParameters(), getLocale());
        // our views' not-found notices (an unknown story) are already in the reader's language
        String detail = parameter.hasCustomMessage() && !parameter.getCustomMessage().startsWith(ROUTER_MESSAGE)
                ? parameter.getCustomMessage() : getTranslation(language, "error.404.text");
        boolean embed = event.getLocation().getFirstSegment().equals("embed");
        removeAll();
        add(new H1(getTranslation(language, "error.404.title")), new Paragraph(detail),
                new Paragraph(new Anchor((embed ? "embed" : ".") + "?lang=" + language.getLanguage(), getTranslation(language, "error.link"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
