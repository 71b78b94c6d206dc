package dev.storyatlas.map;

import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an explorer shows for one story, language, actor filter and time range, apart from what a
 * reader has open: the selection, the map's pins, lines and names of the countries holding the places, the lists,
 * the days and the count, each as the browser is sent it, and the bootstrap page's data block for the first map
 * ({@link FirstPins}). {@link Renderings} shares it between readers; components only show it.
 */
record Rendering(Story story, MapSelection selection, String pins, String lines, String countries,
        Choices.Listing places, Choices.Listing links, Choices.Listing days, String count, String firstPins) {

    /**
     * The rendering of the story for the state's filter and time range (its place and link aside), worded in the
     * texts' language; {@code listingJson} writes the lists' JSON.
     */
    static Rendering of(Story story, MapState state, Texts texts, JsonMapper listingJson) {
        MapSelection shown = MapSelection.of(story, state);
        // the map and the lists show the same counts and names: each is worked out once
        ToIntFunction<Place> itemCount = shown.itemCount();
        Map<Link, String> linkNames = new HashMap<>();
        Function<Link, String> linkName = link -> linkNames.computeIfAbsent(link, l -> LinkList.name(story, l, texts));
        String pins = StoryMap.pins(shown.places(), itemCount, texts);
        String countries = StoryMap.countries(Countries.world().holding(shown.places().stream().map(p -> new double[] {p.lat(), p.lon()}).toList(),
                texts.locale()));
        return new Rendering(story, shown, pins,
                StoryMap.lines(shown.links(), id -> story.place(id).orElseThrow(), linkName),
                countries,
                PlaceList.listing(shown.places(), itemCount, shown.itemsAt(StoryItem.WITHOUT_PLACE).size(), texts, listingJson),
                LinkList.listing(shown.links(), linkName, texts, listingJson),
                Timeline.days(story, state.fromDate().orElse(null), state.toDate().orElse(null), texts, listingJson),
                texts.get("count.shown", shown.reports(), shown.assessments(), shown.quotes()),
                // every new reader's bootstrap page carries it: made once per rendering, not per page
                FirstPins.data(story, shown, pins, countries, texts));
    }
}
