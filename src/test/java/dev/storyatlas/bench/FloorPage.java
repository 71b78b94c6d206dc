package dev.storyatlas.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: a static page with nothing but Leaflet 1.9.4 and the story's pins, served by the same
 * server from a directory outside the jar. It is what any map of these places must at least cost.
 */
final class FloorPage {

    /** The URL path the floor directory is served under; Vaadin must leave it to Spring MVC. */
    static final String PATH = "/bench-floor/";

    /** A pin of the floor page. */
    record Pin(String id, String name, double lat, double lon) {
    }

    /** The Leaflet the floor page uses, the version the app's package.json pins. */
    private static final String LEAFLET = "1.9.4";

    private FloorPage() {
    }

    /**
     * Copies Leaflet's script and style sheet into {@code root/bench-floor/}, from the project's
     * {@code node_modules} or, where the committed bundles left it uninstalled, from the registry.
     */
    static void prepare(Path root) throws IOException, InterruptedException {
        Path leafletDist = Files.exists(Path.of("node_modules/leaflet/dist/leaflet.js"))
                ? Path.of("node_modules/leaflet/dist")
                : Npm.installed(Path.of("target/floor-leaflet"), "leaflet", LEAFLET).resolve("dist");
        Path dir = Files.createDirectories(root.resolve("bench-floor"));
        for (String file : List.of("leaflet.js", "leaflet.css")) {
            Files.copy(leafletDist.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes the page with the given pins, drawn as Leaflet div icons named like the app's. */
    static void write(Path root, List<Pin> pins) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (Pin pin : pins) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"id\":").append(jsonString(pin.id()))
                    .append(",\"name\":").append(jsonString(pin.name()))
                    .append(",\"lat\":").append(pin.lat()).append(",\"lon\":").append(pin.lon()).append('}');
        }
        json.append(']');
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Floor: bare Leaflet</title>
                <link rel="stylesheet" href="leaflet.css">
                <style>
                  html, body, #map { height: 100%; margin: 0; }
                  .sa-pin span { display: block; width: 14px; height: 14px; margin: 5px; border-radius: 50%;
                    background: #c2410c; border: 2px solid #fff; box-sizing: border-box; }
                </style></head>
                <body><div id="map" role="region" aria-label="Map"></div>
                <script src="leaflet.js"></script>
                <script>
                  const pins = PINS;
                  const map = L.map('map');
                  for (const pin of pins) {
                    const dot = document.createElement('span');
                    const icon = L.divIcon({ html: dot, className: 'sa-pin', iconSize: [24, 24], iconAnchor: [12, 12] });
                    const marker = L.marker([pin.lat, pin.lon], { icon, keyboard: true, title: pin.name }).addTo(map);
                    marker.on('click', () => { document.title = pin.name; });
                  }
                  map.fitBounds(pins.map((p) => [p.lat, p.lon]), { padding: [48, 48], maxZoom: 5, animate: false });
                </script></body></html>
                """.replace("PINS", json);
        Files.writeString(root.resolve("bench-floor").resolve("index.html"), html);
    }

    /** The pins of a story as the running server's GeoJSON gives them, English names. */
    static List<Pin> pinsOf(HttpClient http, String base, String story) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories/" + story + "/places.geojson")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<Pin> pins = new ArrayList<>();
        for (JsonElement feature : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("features")) {
            JsonObject properties = feature.getAsJsonObject().getAsJsonObject("properties");
            var coordinates = feature.getAsJsonObject().getAsJsonObject("geometry").getAsJsonArray("coordinates");
            pins.add(new Pin(properties.get("id").getAsString(), properties.getAsJsonObject("name").get("en").getAsString(),
                    coordinates.get(1).getAsDouble(), coordinates.get(0).getAsDouble()));
        }
        return pins;
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
