package dev.storyatlas.api;

import dev.storyatlas.story.Incident;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A story's incidents as RFC 4180 CSV (CRLF line ends, fields quoted where needed), one row per
 * incident with a header row, for spreadsheets and charting tools. Lists inside a cell are joined by
 * {@code ;}, which no id contains. Free text that a spreadsheet would take for a formula is kept as
 * text (see {@link #asText}).
 */
final class IncidentCsv {

    static final List<String> HEADER = List.of("id", "places", "wording", "date", "summary", "actors",
            "claimed_by", "how", "attribution", "paragraph", "excerpt");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private IncidentCsv() {
    }

    /**
     * A story's free text as a spreadsheet will show it: text that begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, since spreadsheet
     * programs would otherwise run it as a formula (which can fetch URLs or run commands). Other text,
     * and absent text, is unchanged.
     */
    static @Nullable String asText(@Nullable String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The CSV text of the story's incidents, in story order. */
    static String of(Story story) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Incident incident : story.incidents()) {
                printer.printRecord(
                        incident.id(),
                        String.join(";", incident.places().stream().map(PlaceRef::place).toList()),
                        asText(incident.when().wording()),
                        incident.when().date(),
                        asText(incident.summary()),
                        String.join(";", incident.actors()),
                        String.join(";", incident.claim().by()),
                        incident.claim().how().wireName(),
                        asText(incident.claim().attribution()),
                        incident.citation().paragraph(),
                        asText(incident.citation().excerpt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
