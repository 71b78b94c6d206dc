package dev.storyatlas.studio;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.storyatlas.base.Language;

/**
 * The editors' sign-in at {@code /studio/login}, in the language of the address or the browser; the form posts
 * to Spring Security, which sends a wrong password back here.
 */
@Route(value = "studio/login", registerAtStartup = false)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 heading = new H1();

    LoginView() {
        addClassName("sa-studio-login");
        form.setAction("studio/login");
        form.setForgotPasswordButtonVisible(false);
        add(heading, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getUI().setLocale(Language.requested(event.getLocation().getQueryParameters(), event.getUI().getLocale()));
        heading.setText(getTranslation("studio.login.title"));
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("studio.login.form-title"));
        i18n.getForm().setUsername(getTranslation("studio.login.username"));
        i18n.getForm().setPassword(getTranslation("studio.login.password"));
        i18n.getForm().setSubmit(getTranslation("studio.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("studio.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("studio.login.error.message"));
        form.setI18n(i18n);
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.login.form-title") + " – " + getTranslation("studio.login.title");
    }
}
