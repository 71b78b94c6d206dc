package dev.storyatlas.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where readers are: phones on mobile networks. Lighthouse's mobile defaults for the floor page, {@code /embed},
 * {@code /} and a news site's articles that embed the map ({@link HostSite}), each in turn, {@code runs} rounds;
 * (and the baseline server's {@code /embed}, when there is one); and, unthrottled, the time to the first answer: a reader clicks a place the moment the pins are there, until its
 * first item shows, beside the floor's time to pins.
 */
final class MobileProfile {

    /** The place a reader clicks for the first answer, and the story whose pins the floor page shows. */
    static final String PLACE = "bryansk";
    /** The report's names of the host site's articles (see {@link #lighthouse}). */
    static final String HOST_PAGE = "host page";
    static final String ISOLATED_HOST_PAGE = "host page, frame isolated";
    static final String ELEMENT_PAGE = "element page";
    static final String BASELINE_HOST_PAGE = "baseline host page";

    private final HttpClient http;
    private final int lighthouseRuns;
    private final int answerRounds;
    private final int viewRounds;

    MobileProfile(HttpClient http, int lighthouseRuns, int answerRounds, int viewRounds) {
        this.http = http;
        this.lighthouseRuns = lighthouseRuns;
        this.answerRounds = answerRounds;
        this.viewRounds = viewRounds;
    }

    /**
     * Audits the pages in turn, the order rotating each round, and records every figure in the report. The host site's
     * articles are audited as phones run them, frame and page in one process ({@link Lighthouse#ONE_PROCESS}), and the
     * iframe's article also as desktop Chromium runs it, with the frame in a process of its own.
     */
    void lighthouse(AtlasServer server, @Nullable AtlasServer baseline, HostSite host, Path work, Report report) throws IOException, InterruptedException {
        if (lighthouseRuns <= 0) {
            return;
        }
        host.embed(server.base(), baseline == null ? null : baseline.base(), StoryAtlasBenchmark.STORY);
        Lighthouse lighthouse = Lighthouse.installed(work.resolve("lighthouse"));
        Map<String, Audit> pages = new LinkedHashMap<>();
        StoryAtlasBenchmark.pages(server, baseline).forEach((name, url) -> pages.put(name, new Audit(url, "")));
        pages.put(HOST_PAGE, new Audit(host.url(HostSite.IFRAME_PAGE), Lighthouse.ONE_PROCESS));
        pages.put(ISOLATED_HOST_PAGE, new Audit(host.url(HostSite.IFRAME_PAGE), ""));
        pages.put(ELEMENT_PAGE, new Audit(host.url(HostSite.ELEMENT_PAGE), Lighthouse.ONE_PROCESS));
        if (baseline != null) {
            pages.put(BASELINE_HOST_PAGE, new Audit(host.url(HostSite.BASELINE_IFRAME_PAGE), Lighthouse.ONE_PROCESS));
        }
        List<String> names = new ArrayList<>(pages.keySet());
        for (int round = 0; round < lighthouseRuns; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                Audit audit = pages.get(name);
                Lighthouse.Result result = lighthouse.audit(audit.url(), name, audit.chromeFlags());
                report.lighthouse(name, result);
                StoryAtlasBenchmark.log("lighthouse %d %-18s performance %3.0f FCP %5.0f LCP %5.0f TBT %4.0f ms %7.0f bytes accessibility %3.0f CLS %.3f %s",
                        round + 1, name, result.performance(), result.firstContentfulPaint(), result.largestContentfulPaint(),
                        result.totalBlockingTime(), result.bytes(), result.accessibility(), result.layoutShift(),
                        result.failedAccessibilityAudits());
            }
        }
    }

    /** A page to audit and the Chromium flags to audit it with. */
    private record Audit(String url, String chromeFlags) {
    }

    /**
     * Unthrottled cold loads, the order rotating each round: the floor's time to pins, and on {@code /embed} and
     * {@code /} the time until the first item of {@link #PLACE} shows when its pin is clicked at once.
     */
    void firstAnswers(Chromium chromium, AtlasServer server, @Nullable AtlasServer baseline, String story, Report report) throws IOException, InterruptedException {
        if (answerRounds <= 0) {
            return;
        }
        String text = firstSummary(server.base(), story, PLACE);
        Map<String, String> pages = StoryAtlasBenchmark.pages(server, baseline);
        List<String> names = new ArrayList<>(pages.keySet());
        for (int round = 0; round <= answerRounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                if (name.equals("floor")) {
                    Chromium.Load load = chromium.load(pages.get(name));
                    if (round > 0) {
                        report.answer(name, load.pinsMillis(), Double.NaN);
                    }
                    StoryAtlasBenchmark.log("answer round %d %-7s pins %5.0f ms", round, name, load.pinsMillis());
                    continue;
                }
                Chromium.Answer answer = chromium.answer(pages.get(name), PLACE, text);
                if (round > 0) {
                    report.answer(name, answer.pinsMillis(), answer.answerMillis());
                }
                StoryAtlasBenchmark.log("answer round %d %-7s pins %5.0f ms, answer %5.0f ms", round, name, answer.pinsMillis(), answer.answerMillis());
            }
        }
    }

    /**
     * Throttled cold loads (CDP's phone profile), the order rotating each round: the reader looks until the page is quiet,
     * then moves the pointer; the time until the view is ready and the bytes (see {@link Chromium#interaction}).
     */
    void interactions(Chromium chromium, AtlasServer server, @Nullable AtlasServer baseline, Report report) {
        if (viewRounds <= 0) {
            return;
        }
        Map<String, String> pages = StoryAtlasBenchmark.pages(server, baseline);
        pages.remove("floor");
        List<String> names = new ArrayList<>(pages.keySet());
        for (int round = 0; round < viewRounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                Chromium.Interaction load = chromium.interaction(pages.get(name));
                report.interaction(name, load);
                StoryAtlasBenchmark.log("interaction round %d %-15s pins %5.0f ms, moved %5.0f ms, view %5.0f ms (%5.0f after the move), %7d bytes before, %7d in all",
                        round + 1, name, load.pinsMillis(), load.interactedMillis(), load.viewMillis(), load.viewMillis() - load.interactedMillis(),
                        load.bytesBefore(), load.bytes());
            }
        }
    }

    /** The summary of the place's first incident, as the data API gives it: the text its panel shows first. */
    private String firstSummary(String base, String story, String place) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories/" + story)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonElement incident : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("incidents")) {
            JsonObject item = incident.getAsJsonObject();
            for (JsonElement ref : item.getAsJsonArray("places")) {
                if (ref.getAsJsonObject().get("place").getAsString().equals(place)) {
                    return item.get("summary").getAsString();
                }
            }
        }
        throw new IllegalStateException("no incident at " + place + " in " + story);
    }
}
