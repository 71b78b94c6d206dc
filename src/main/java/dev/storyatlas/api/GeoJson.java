package dev.storyatlas.api;

import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Story;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A story's places, incidents and links as RFC 7946 GeoJSON: FeatureCollections of Points (MultiPoints
 * for an incident at several places, LineStrings for links), positions as [longitude, latitude] in WGS 84, story ids as feature ids.
 */
final class GeoJson {

    private GeoJson() {
    }

    /** One Point per place, with its names, kind and how many incidents and quotes stand there. */
    static FeatureCollection places(Story story) {
        List<Feature> features = story.places().stream().map(place -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", place.id());
            properties.put("name", place.name());
            properties.put("kind", place.kind().wireName());
            properties.put("implied", place.implied());
            properties.put("note", place.note());
            properties.put("incidents", story.incidents().stream().filter(i -> i.isAt(place.id())).count());
            properties.put("quotes", story.quotes().stream().filter(q -> q.isAt(place.id())).count());
            return new Feature(place.id(), Geometry.point(place), properties);
        }).toList();
        return new FeatureCollection(features);
    }

    /**
     * One feature per incident, at its place or places, with what the article says and who claims it; an
     * incident the article gives no place has a null geometry (GeoJSON's unlocated feature) and says why.
     */
    static FeatureCollection incidents(Story story) {
        List<Feature> features = story.incidents().stream().map(incident -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", incident.id());
            properties.put("summary", incident.summary());
            properties.put("places", incident.places().stream().map(PlaceRef::place).toList());
            properties.put("withoutPlace", incident.withoutPlace());
            properties.put("when", incident.when());
            properties.put("actors", incident.actors());
            properties.put("claim", incident.claim());
            properties.put("citation", incident.citation());
            return new Feature(incident.id(), geometryOf(story, incident), properties);
        }).toList();
        return new FeatureCollection(features);
    }

    /**
     * One LineString per link, from its first place to its second, with its kind, whether it has a
     * direction, and the claim and citation of the incident it rests on. The line ties two places; it
     * is not a route.
     */
    static FeatureCollection links(Story story) {
        List<Feature> features = story.links().stream().map(link -> {
            Incident incident = story.incident(link.incident()).orElseThrow();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", link.id());
            properties.put("kind", link.kind().wireName());
            properties.put("directed", link.kind().directed());
            properties.put("from", link.from());
            properties.put("to", link.to());
            properties.put("summary", link.summary());
            properties.put("actors", link.actors());
            properties.put("incident", link.incident());
            properties.put("claim", incident.claim());
            properties.put("citation", incident.citation());
            List<List<Double>> ends = List.of(Geometry.position(story.place(link.from()).orElseThrow()),
                    Geometry.position(story.place(link.to()).orElseThrow()));
            return new Feature(link.id(), new Geometry("LineString", ends), properties);
        }).toList();
        return new FeatureCollection(features);
    }

    private static @Nullable Geometry geometryOf(Story story, Incident incident) {
        if (incident.places().isEmpty()) {
            return null;
        }
        List<Place> places = incident.places().stream().map(ref -> story.place(ref.place()).orElseThrow()).toList();
        return places.size() == 1 ? Geometry.point(places.getFirst())
                : new Geometry("MultiPoint", places.stream().map(Geometry::position).toList());
    }

    record FeatureCollection(String type, List<Feature> features) {
        FeatureCollection(List<Feature> features) {
            this("FeatureCollection", features);
        }
    }

    record Feature(String type, String id, @Nullable Geometry geometry, Map<String, Object> properties) {
        Feature(String id, @Nullable Geometry geometry, Map<String, Object> properties) {
            this("Feature", id, geometry, properties);
        }
    }

    record Geometry(String type, Object coordinates) {
        static Geometry point(Place place) {
            return new Geometry("Point", position(place));
        }

        /** RFC 7946 section 3.1.1: longitude first. */
        static List<Double> position(Place place) {
            return List.of(place.lon(), place.lat());
        }
    }
}
