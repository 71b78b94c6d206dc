package dev.storyatlas.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lighthouse from the npm registry, pinned, run with its mobile defaults (simulated Slow 4G: 150 ms round trip,
 * 1.6 Mbit/s down; 4x CPU slowdown; a 412x823 phone screen) on Debian's Chromium. The benchmark installs it into
 * {@code target/lighthouse/} on first use with the npm that {@code ./atlas} puts on the PATH (Node 24, {@code .node/});
 * {@code ./atlas test} never needs it.
 */
final class Lighthouse {

    /** 12.3 and later want a newer lock file format or Node than this project's; 12.2.3 runs on Node 24. */
    static final String VERSION = "12.2.3";

    private static final Path HOME = Path.of("target/lighthouse");
    private static final Path CLI = HOME.resolve("node_modules/lighthouse/cli/index.js");
    private static final String CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
            + "--disable-background-networking --disable-component-update --disable-sync";

    /**
     * One Lighthouse run's figures: scores from 0 to 100, times in milliseconds, bytes as Lighthouse counts them
     * (every response's transfer size), the accessibility audits that failed.
     */
    record Result(double performance, double firstContentfulPaint, double largestContentfulPaint, double totalBlockingTime,
            double bytes, double accessibility, double layoutShift, List<String> failedAccessibilityAudits) {
    }

    private final Path reports;
    private int runs;

    private Lighthouse(Path reports) {
        this.reports = reports;
    }

    /** Installs Lighthouse when {@code target/lighthouse} does not hold this version yet; reports go to {@code reports}. */
    static Lighthouse installed(Path reports) throws IOException, InterruptedException {
        Npm.installed(HOME, "lighthouse", VERSION);
        Files.createDirectories(reports);
        return new Lighthouse(reports);
    }

    /**
     * Chromium's flags for a page and its cross-site frames in one renderer process, as Chrome on Android runs them
     * (it isolates only sites that need it, such as those with logins): the frame's tasks then share the page's main
     * thread, and Lighthouse counts them. Desktop Chromium gives a cross-site frame its own process, whose tasks
     * Lighthouse does not see.
     */
    static final String ONE_PROCESS = "--disable-features=IsolateOrigins,site-per-process --disable-site-isolation-trials";

    /** Audits the page with the mobile defaults: performance and accessibility. */
    Result audit(String url, String name) throws IOException, InterruptedException {
        return audit(url, name, "");
    }

    /** Audits the page with the mobile defaults and the given Chromium flags added. */
    Result audit(String url, String name, String chromeFlags) throws IOException, InterruptedException {
        Path report = reports.resolve(String.format("%02d-%s.json", ++runs, name.replaceAll("[^A-Za-z0-9]+", "_")));
        List<String> command = List.of("node", CLI.toAbsolutePath().toString(), url, "--output=json",
                "--output-path=" + report.toAbsolutePath(), "--only-categories=performance,accessibility",
                "--chrome-flags=" + (CHROME_FLAGS + " " + chromeFlags).strip(), "--quiet");
        Files.deleteIfExists(report);
        Npm.run(command, reports.resolve("lighthouse.log"), 300);
        return read(Files.readString(report), url);
    }

    /** The figures of a Lighthouse JSON report; a run that could not load the page is an error, not a zero. */
    static Result read(String json, String url) {
        JsonObject lhr = JsonParser.parseString(json).getAsJsonObject();
        if (lhr.has("runtimeError")) {
            throw new IllegalStateException("Lighthouse could not audit " + url + ": " + lhr.get("runtimeError"));
        }
        JsonObject categories = lhr.getAsJsonObject("categories");
        JsonObject audits = lhr.getAsJsonObject("audits");
        List<String> failed = new ArrayList<>();
        for (JsonElement ref : categories.getAsJsonObject("accessibility").getAsJsonArray("auditRefs")) {
            String id = ref.getAsJsonObject().get("id").getAsString();
            JsonElement score = audits.getAsJsonObject(id).get("score");
            if (score != null && !score.isJsonNull() && score.getAsDouble() < 1) {
                failed.add(id);
            }
        }
        return new Result(score(categories, "performance"), value(audits, "first-contentful-paint"),
                value(audits, "largest-contentful-paint"), value(audits, "total-blocking-time"),
                value(audits, "total-byte-weight"), score(categories, "accessibility"),
                value(audits, "cumulative-layout-shift"), List.copyOf(failed));
    }

    private static double score(JsonObject categories, String category) {
        JsonElement score = categories.getAsJsonObject(category).get("score");
        return score == null || score.isJsonNull() ? Double.NaN : score.getAsDouble() * 100;
    }

    private static double value(JsonObject audits, String audit) {
        JsonElement value = audits.getAsJsonObject(audit).get("numericValue");
        return value == null || value.isJsonNull() ? Double.NaN : value.getAsDouble();
    }
}
