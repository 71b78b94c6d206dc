package dev.storyatlas.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo, our own style sheet, and a viewport for phones. No
 * {@code @LoadDependenciesOnStartup}: with it Vaadin rebuilds the production bundle on every build
 * instead of taking the committed one, and the map's code loads with the entry script anyway.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("story-atlas.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Story Atlas");
        settings.addFavIcon("icon", "icons/story-atlas.svg", "any");
    }
}
