package dev.storyatlas.api;

import dev.storyatlas.story.Incident;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A story's incidents as RFC 4180 CSV (CRLF line ends, fields quoted where needed), one row per
 * incident with a header row, for spreadsheets and charting tools. Lists inside a cell are joined by
 * {@code ;}, which no id contains.
 */
final class IncidentCsv {

    static final List<String> HEADER = List.of("id", "places", "wording", "date", "summary", "actors",
            "claimed_by", "how", "attribution", "paragraph", "excerpt");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private IncidentCsv() {
    }

    /** The CSV text of the story's incidents, in story order. */
    static String of(Story story) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Incident incident : story.incidents()) {
                printer.printRecord(
                        incident.id(),
                        String.join(";", incident.places().stream().map(PlaceRef::place).toList()),
                        incident.when().wording(),
                        incident.when().date(),
                        incident.summary(),
                        String.join(";", incident.actors()),
                        String.join(";", incident.claim().by()),
                        incident.claim().how().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        incident.claim().attribution(),
                        incident.citation().paragraph(),
                        incident.citation().excerpt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
