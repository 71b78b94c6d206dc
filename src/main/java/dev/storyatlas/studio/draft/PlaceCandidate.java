package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceKind;
import java.util.Objects;

/**
 * An entry of the offline gazetteer that a name in the article may mean.
 *
 * @param id a suggested place id for the story file (the English name as a slug, e.g. {@code bryansk-oblast})
 * @param names the German and English names, as the story file's {@code name: {de, en}} wants them
 * @param country the ISO 3166-1 alpha-2 code of the country the place lies in (its own for a country)
 * @param context what tells candidates apart for the editor, e.g. "Brandenburg, Deutschland"
 */
public record PlaceCandidate(String id, Place.Names names, double lat, double lon, PlaceKind kind, String country, String context) {

    public PlaceCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(context, "context");
    }

    /** The candidate as a place of the story, named by the article (not implied). */
    public Place toPlace() {
        return new Place(id, names, lat, lon, kind, false, null);
    }
}
