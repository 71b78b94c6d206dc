package dev.storyatlas.api;

import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only data API under {@code /api/stories}: the list, each whole story, its places and
 * incidents as GeoJSON and its incidents as CSV. Bodies are rendered to bytes here so that the
 * ETag is computed from exactly what is sent.
 */
@RestController
@RequestMapping("/api/stories")
class StoryApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final StoryCatalog catalog;
    private final JsonMapper json;
    private final CacheableResponses responses;

    StoryApiController(StoryCatalog catalog, JsonMapper json, CacheableResponses responses) {
        this.catalog = catalog;
        this.json = json;
        this.responses = responses;
    }

    @GetMapping
    ResponseEntity<byte[]> list(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        List<StorySummary> stories = catalog.all().stream().map(StorySummary::of).toList();
        return responses.respond(json.writeValueAsBytes(stories), MediaType.APPLICATION_JSON, ifNoneMatch);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> story(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return responses.respond(json.writeValueAsBytes(find(id)), MediaType.APPLICATION_JSON, ifNoneMatch);
    }

    /** The story's places, incidents or links as GeoJSON; an unknown layer is a 404 like an unknown story. */
    @GetMapping("/{id}/{layer}.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable String id, @PathVariable String layer,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        Story story = find(id);
        GeoJson.FeatureCollection features = switch (layer) {
            case "places" -> GeoJson.places(story);
            case "incidents" -> GeoJson.incidents(story);
            case "links" -> GeoJson.links(story);
            default -> throw new NotFoundException("Story '" + id + "' has no layer '" + layer + "' (places, incidents or links).");
        };
        return responses.respond(json.writeValueAsBytes(features), GEO_JSON, ifNoneMatch);
    }

    @GetMapping("/{id}/incidents.csv")
    ResponseEntity<byte[]> incidentsCsv(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return responses.respond(IncidentCsv.of(find(id)).getBytes(StandardCharsets.UTF_8), CSV, ifNoneMatch);
    }

    /**
     * An RFC 9457 problem body for an unknown id. Written as bytes with its own content type, so it
     * is sent even to a client that asked only for CSV or GeoJSON.
     */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        Problem problem = new Problem("about:blank", "Not Found", HttpStatus.NOT_FOUND.value(), e.detail(), request.getRequestURI());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(json.writeValueAsBytes(problem));
    }

    private Story find(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("There is no story with the id '" + id + "'."));
    }

    /** One entry of the story list, with the addresses of its data and its map. */
    record StorySummary(String id, String title, String publisher, YearMonth published, String language, Links links) {
        static StorySummary of(Story story) {
            String api = "/api/stories/" + story.id();
            return new StorySummary(story.id(), story.title(), story.publisher(), story.published(), story.language(),
                    new Links(api, api + "/places.geojson", api + "/incidents.geojson", api + "/links.geojson", api + "/incidents.csv",
                            "/stories/" + story.id()));
        }
    }

    /** Where a story's data and map are; a record, not a map, so the order of fields (and so the ETag) never varies. */
    record Links(String self, String places, String incidents, String links, String incidentsCsv, String map) {
    }

    /** RFC 9457's members for a problem. */
    record Problem(String type, String title, int status, String detail, String instance) {
    }

    /** No story has the id asked for. */
    /** What was asked for does not exist; {@code detail} says what, for the problem body. */
    static final class NotFoundException extends RuntimeException {
        private final String detail;

        NotFoundException(String detail) {
            super(detail, null, false, false);
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }
}
