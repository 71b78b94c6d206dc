package dev.storyatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world's countries as the basemap draws them (world-atlas' {@code countries-110m.json}, Natural Earth data), for
 * what the server needs of them: which countries hold a story's places, their names in a language and where the map
 * writes them. It is the one owner of these labels: the first map gets them in the page's data ({@link FirstPins}), so
 * they paint with its pins, and the view's map gets the same ({@link StoryMap#showCountries}), so nothing moves.
 */
final class Countries {

    /**
     * A country's name on the map: {@code id} is the basemap data's id of the country (its name there when it has none),
     * by which the browser tints its shape; the name is written at ({@code lat}, {@code lon}).
     */
    record Label(String id, String name, double lat, double lon) {
    }

    /** A country of the data: its polygons, each a list of rings of [lon, lat] points, the outer ring first. */
    private record Country(String id, @Nullable String alpha2, String name, List<List<double[][]>> polygons) {
    }

    private static final String TOPOLOGY = "countries-110m.json";
    private static final String CODES = "country-codes.properties";

    private final List<Country> all;

    private Countries(List<Country> all) {
        this.all = all;
    }

    /** The countries of the data the app ships, read on first use. */
    static Countries world() {
        return World.COUNTRIES;
    }

    /** Holds the shipped data, so it is read only when a map first asks for it. */
    private static final class World {
        static final Countries COUNTRIES = read();

        private static Countries read() {
            try (InputStream topology = Countries.class.getResourceAsStream(TOPOLOGY);
                    InputStream codes = Countries.class.getResourceAsStream(CODES)) {
                if (topology == null || codes == null) {
                    throw new IllegalStateException("dev/storyatlas/map/" + TOPOLOGY + " or " + CODES + " is missing from the class path");
                }
                Properties alpha2 = new Properties();
                alpha2.load(codes);
                return Countries.of(JsonMapper.builder().build().readTree(topology), alpha2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The countries of a TopoJSON topology's object {@code countries}; {@code alpha2} maps its ids (ISO numeric) to ISO alpha-2 codes. */
    static Countries of(JsonNode topology, Properties alpha2) {
        JsonNode transform = topology.path("transform");
        double[] scale = {transform.path("scale").path(0).asDouble(1), transform.path("scale").path(1).asDouble(1)};
        double[] translate = {transform.path("translate").path(0).asDouble(0), transform.path("translate").path(1).asDouble(0)};
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            double x = 0;
            double y = 0;
            // quantized and delta-encoded: each position adds to the one before
            for (int k = 0; k < arc.size(); k++) {
                x += arc.path(k).path(0).asDouble();
                y += arc.path(k).path(1).asDouble();
                points[k] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
            }
            arcs.add(points);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String name = geometry.path("properties").path("name").asString("");
            String id = geometry.path("id").isMissingNode() ? name : geometry.path("id").asString();
            List<List<double[][]>> polygons = new ArrayList<>();
            switch (geometry.path("type").asString("")) {
                case "Polygon" -> polygons.add(rings(geometry.path("arcs"), arcs));
                case "MultiPolygon" -> geometry.path("arcs").forEach(polygon -> polygons.add(rings(polygon, arcs)));
                default -> {
                    continue;
                }
            }
            countries.add(new Country(id, alpha2.getProperty(id), name, List.copyOf(polygons)));
        }
        return new Countries(List.copyOf(countries));
    }

    /** A polygon's rings, each joined from its arcs (a negative index ~i is arc i backwards), sharing the points where they meet. */
    private static List<double[][]> rings(JsonNode polygon, List<double[][]> arcs) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = arcs.get(i < 0 ? ~i : i);
                if (!points.isEmpty()) {
                    points.removeLast();
                }
                for (int k = 0; k < arc.length; k++) {
                    points.add(arc[i < 0 ? arc.length - 1 - k : k]);
                }
            }
            rings.add(points.toArray(double[][]::new));
        }
        return rings;
    }

    /** The names of the countries that hold any of these points ([lat, lon]), in the data's order, in the locale's language. */
    List<Label> holding(List<double[]> points, Locale locale) {
        List<Label> labels = new ArrayList<>();
        for (Country country : all) {
            if (points.stream().anyMatch(point -> contains(country, point[0], point[1]))) {
                double[] at = labelPoint(country);
                labels.add(new Label(country.id(), name(country, locale), at[0], at[1]));
            }
        }
        return List.copyOf(labels);
    }

    /** The country's name in the language, from its ISO code; the data's English name where the code or its name is unknown. */
    private static String name(Country country, Locale locale) {
        if (country.alpha2() == null) {
            return country.name();
        }
        String shown = Locale.of("", country.alpha2()).getDisplayCountry(locale);
        return shown.isEmpty() || shown.equals(country.alpha2()) ? country.name() : shown;
    }

    /** Whether the country contains the point: even-odd ray casting over every ring. */
    private static boolean contains(Country country, double lat, double lon) {
        boolean inside = false;
        for (List<double[][]> polygon : country.polygons()) {
            for (double[][] ring : polygon) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    double xi = ring[i][0];
                    double yi = ring[i][1];
                    double xj = ring[j][0];
                    double yj = ring[j][1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /**
     * Where to write the name, as [lat, lon]: the mean of the vertices of the country's largest outer ring (by vertices).
     * The mean (not the area centroid) stays sensible for rings that cross the antimeridian, such as Russia's, once
     * longitudes past 180 are wrapped.
     */
    private static double[] labelPoint(Country country) {
        double[][] best = new double[0][];
        for (List<double[][]> polygon : country.polygons()) {
            if (polygon.getFirst().length > best.length) {
                best = polygon.getFirst();
            }
        }
        double lat = 0;
        double lon = 0;
        for (double[] point : best) {
            lat += point[1];
            lon += point[0] > 180 ? point[0] - 360 : point[0];
        }
        int count = Math.max(1, best.length);
        return new double[] {lat / count, lon / count};
    }
}
