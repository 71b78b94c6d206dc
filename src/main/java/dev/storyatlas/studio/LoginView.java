package dev.storyatlas.studio;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The editors' sign-in at {@code /studio/login}; the form posts to Spring Security, which sends a wrong password back here. */
@Route(value = "studio/login", registerAtStartup = false)
@PageTitle("Sign in – Story Atlas studio")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("sa-studio-login");
        form.setAction("studio/login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Story Atlas studio"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
