package dev.storyatlas.embed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dev.storyatlas.map.MapState;
import dev.storyatlas.map.MapViewAction;
import dev.storyatlas.story.Story;
import java.util.function.Supplier;

/** The main view's "Embed" button: opens the embed code for exactly what the reader sees. */
@org.springframework.stereotype.Component
class EmbedAction implements MapViewAction {

    @Override
    public Component create(Story story, Supplier<MapState> state) {
        Button button = new Button();
        button.setText(button.getTranslation("embed.button"));
        button.setId("embed-button");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(e -> {
            UI ui = UI.getCurrent();
            EmbedCode code = EmbedCode.of(AtlasUrl.current(), story.id(), state.get(), ui.getLocale().getLanguage(),
                    ui.getTranslation("embed.frame-title", story.title()));
            new EmbedCodeDialog(code).open();
        });
        return button;
    }
}
