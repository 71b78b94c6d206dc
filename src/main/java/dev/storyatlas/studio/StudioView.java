package dev.storyatlas.studio;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The drafting view at {@code /studio}, for signed-in editors only. */
@Route(value = "studio", registerAtStartup = false)
@PageTitle("Studio – Story Atlas")
@RolesAllowed(StudioProperties.ROLE)
class StudioView extends Div {

    StudioView() {
        addClassName("sa-studio");
        add(new H1("Story Atlas studio"));
    }
}
