package dev.storyatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data API over real HTTP, through Tomcat and past Vaadin's servlet, as a CDN or a newsroom script sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
class StoryApiTest {

    private static final String TAZ = "taz-2024-10-nordkorea-soldaten";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private StoryCatalog catalog;

    @Test
    void the_list_names_every_story_with_the_addresses_of_its_data() throws Exception {
        HttpResponse<String> response = get("/api/stories");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.size()).isEqualTo(catalog.all().size());
        JsonNode taz = list.get(0);
        assertThat(taz.get("id").asString()).isEqualTo(TAZ);
        assertThat(taz.get("published").asString()).isEqualTo("2024-10");
        assertThat(taz.get("links").get("places").asString()).isEqualTo("/api/stories/" + TAZ + "/places.geojson");
        assertThat(taz.get("links").get("map").asString()).isEqualTo("/stories/" + TAZ);
    }

    @Test
    void a_story_is_served_whole_with_places_actors_incidents_quotes_and_article() throws Exception {
        Story story = catalog.find(TAZ).orElseThrow();

        JsonNode json = JSON.readTree(get("/api/stories/" + TAZ).body());

        assertThat(json.get("title").asString()).isEqualTo(story.title());
        assertThat(json.get("places").size()).isEqualTo(story.places().size());
        assertThat(json.get("actors").size()).isEqualTo(story.actors().size());
        assertThat(json.get("incidents").size()).isEqualTo(story.incidents().size());
        assertThat(json.get("quotes").size()).isEqualTo(story.quotes().size());
        assertThat(json.get("article").get("paragraphs").size()).isEqualTo(7);
        JsonNode embassy = StreamSupport.stream(json.get("incidents").spliterator(), false)
                .filter(i -> i.get("id").asString().equals("embassy-did-not-deny")).findFirst().orElseThrow();
        assertThat(embassy.get("claim").get("how").asString()).isEqualTo("not-denied");
    }

    @Test
    void places_geojson_has_one_point_per_place_at_longitude_then_latitude() throws Exception {
        Story story = catalog.find(TAZ).orElseThrow();
        HttpResponse<String> response = get("/api/stories/" + TAZ + "/places.geojson");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/geo+json"));
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(story.places().size());
        for (JsonNode feature : collection.get("features")) {
            Place place = story.place(feature.get("id").asString()).orElseThrow();
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
            JsonNode position = feature.get("geometry").get("coordinates");
            assertThat(position.size()).isEqualTo(2);
            assertThat(position.get(0).asDouble()).as("longitude of " + place.id()).isCloseTo(place.lon(), within(1e-9));
            assertThat(position.get(1).asDouble()).as("latitude of " + place.id()).isCloseTo(place.lat(), within(1e-9));
            assertThat(feature.get("properties").get("name").get("en").asString()).isEqualTo(place.name().en());
            assertThat(feature.get("properties").get("name").get("de").asString()).isEqualTo(place.name().de());
            long incidents = story.incidents().stream().filter(i -> i.isAt(place.id())).count();
            long quotes = story.quotes().stream().filter(q -> q.isAt(place.id())).count();
            assertThat(feature.get("properties").get("incidents").asLong()).isEqualTo(incidents);
            assertThat(feature.get("properties").get("quotes").asLong()).isEqualTo(quotes);
        }
        JsonNode bryansk = collection.get("features").get(3);
        assertThat(bryansk.get("properties").get("incidents").asLong() + bryansk.get("properties").get("quotes").asLong()).isEqualTo(2);
    }

    @Test
    void incidents_geojson_puts_every_incident_at_its_places() throws Exception {
        Story story = catalog.find(TAZ).orElseThrow();

        JsonNode collection = JSON.readTree(get("/api/stories/" + TAZ + "/incidents.geojson").body());

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(story.incidents().size());
        for (JsonNode feature : collection.get("features")) {
            Incident incident = story.incidents().stream().filter(i -> i.id().equals(feature.get("id").asString())).findFirst().orElseThrow();
            List<Place> places = incident.places().stream().map(ref -> story.place(ref.place()).orElseThrow()).toList();
            JsonNode geometry = feature.get("geometry");
            if (places.isEmpty()) {
                assertThat(geometry.isNull()).as(incident.id() + " has no place, so no geometry").isTrue();
                assertThat(feature.get("properties").get("withoutPlace").asString()).isEqualTo(incident.withoutPlace());
                continue;
            }
            List<JsonNode> positions = places.size() == 1 ? List.of(geometry.get("coordinates")) : List.copyOf(geometry.get("coordinates").valueStream().toList());
            assertThat(geometry.get("type").asString()).isEqualTo(places.size() == 1 ? "Point" : "MultiPoint");
            for (int i = 0; i < places.size(); i++) {
                assertThat(positions.get(i).get(0).asDouble()).isCloseTo(places.get(i).lon(), within(1e-9));
                assertThat(positions.get(i).get(1).asDouble()).isCloseTo(places.get(i).lat(), within(1e-9));
            }
            assertThat(feature.get("properties").get("summary").asString()).isEqualTo(incident.summary());
            assertThat(feature.get("properties").get("citation").get("excerpt").asString()).isEqualTo(incident.citation().excerpt());
        }
    }

    @Test
    void links_geojson_draws_each_link_from_its_first_place_to_its_second() throws Exception {
        Story story = catalog.find(TAZ).orElseThrow();

        JsonNode collection = JSON.readTree(get("/api/stories/" + TAZ + "/links.geojson").body());

        assertThat(collection.get("features").size()).isEqualTo(story.links().size()).isPositive();
        for (JsonNode feature : collection.get("features")) {
            Link link = story.links().stream().filter(l -> l.id().equals(feature.get("id").asString())).findFirst().orElseThrow();
            JsonNode ends = feature.get("geometry").get("coordinates");
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo("LineString");
            for (int i = 0; i < 2; i++) {
                Place place = story.place(i == 0 ? link.from() : link.to()).orElseThrow();
                assertThat(ends.get(i).get(0).asDouble()).isCloseTo(place.lon(), within(1e-9));
                assertThat(ends.get(i).get(1).asDouble()).isCloseTo(place.lat(), within(1e-9));
            }
            assertThat(feature.get("properties").get("citation").get("excerpt").asString())
                    .isEqualTo(story.incident(link.incident()).orElseThrow().citation().excerpt());
        }
    }

    @Test
    void incidents_csv_follows_rfc_4180_with_crlf_line_ends_and_quoting() throws Exception {
        Story story = catalog.find(TAZ).orElseThrow();
        HttpResponse<String> response = get("/api/stories/" + TAZ + "/incidents.csv");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String body = response.body();
        assertThat(body).startsWith("id,places,wording,date,summary,actors,claimed_by,how,attribution,paragraph,excerpt\r\n").endsWith("\r\n");
        assertThat(body.replace("\r\n", "")).as("no bare line feeds outside quoted fields in this story").doesNotContain("\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
        assertThat(rows).hasSize(story.incidents().size());
        for (int i = 0; i < rows.size(); i++) {
            Incident incident = story.incidents().get(i);
            assertThat(rows.get(i).get("id")).isEqualTo(incident.id());
            assertThat(rows.get(i).get("summary")).isEqualTo(incident.summary());
            assertThat(rows.get(i).get("excerpt")).isEqualTo(incident.citation().excerpt());
            assertThat(rows.get(i).get("paragraph")).isEqualTo(String.valueOf(incident.citation().paragraph()));
        }
        assertThat(body).as("a field with quotation marks or commas is quoted, its quotes doubled").contains("\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/places.geojson", "/incidents.geojson", "/links.geojson", "/incidents.csv"})
    void every_answer_carries_a_strong_etag_and_a_matching_if_none_match_gives_304(String suffix) throws Exception {
        String path = suffix.isEmpty() ? "/api/stories" : "/api/stories/" + TAZ + suffix;
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(cc -> assertThat(cc).contains("public", "max-age=60"));
        assertThat(get(path).headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> again = HTTP.send(request(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> weak = HTTP.send(request(path).header("If-None-Match", "\"other\", W/" + etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(weak.statusCode()).isEqualTo(304);

        HttpResponse<String> stale = HTTP.send(request(path).header("If-None-Match", "\"0000\"").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/places.geojson", "/incidents.geojson", "/links.geojson", "/incidents.csv"})
    void an_unknown_story_gives_404_with_a_problem_body(String suffix) throws Exception {
        HttpResponse<String> response = HTTP.send(request("/api/stories/atlantis" + suffix).header("Accept", "text/csv, application/geo+json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
        assertThat(problem.get("detail").asString()).isEqualTo("There is no story with the id 'atlantis'.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/stories/atlantis" + suffix);
    }

    @Test
    void an_unknown_geojson_layer_gives_404_with_a_problem_body() throws Exception {
        HttpResponse<String> response = get("/api/stories/" + TAZ + "/rivers.geojson");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("Story '" + TAZ + "' has no layer 'rivers' (places, incidents or links).");
    }

    @Test
    void paths_under_api_and_actuator_reach_spring_mvc_and_not_vaadin() throws Exception {
        HttpResponse<String> unknown = get("/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).doesNotContain("<html", "vaadin");

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(health.body());
        assertThat(json.get("status").asString()).isEqualTo("UP");

        HttpResponse<String> map = get("/stories/" + TAZ);
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }
}
