package dev.storyatlas.map;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Story;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks the actors whose incidents and quotes the map shows; a state stands for its people and institutions too. */
class ActorFilter extends MultiSelectComboBox<Actor> {

    ActorFilter(Story story) {
        setLabel(getTranslation("filter.label"));
        setPlaceholder(getTranslation("filter.placeholder"));
        setHelperText(getTranslation("filter.helper"));
        setClearButtonVisible(true);
        addClassName("sa-filter");
        setId("actor-filter");
        setItemLabelGenerator(actor -> actor.name() + " (" + getTranslation("actor.kind." + actor.kind().wireName()) + ")");
        setItems(story.actors().stream()
                .sorted(Comparator.comparing(Actor::kind).thenComparing(Actor::name))
                .toList());
    }

    /** The ids of the picked actors. */
    Set<String> selectedIds() {
        return getSelectedItems().stream().map(Actor::id).collect(Collectors.toUnmodifiableSet());
    }
}
