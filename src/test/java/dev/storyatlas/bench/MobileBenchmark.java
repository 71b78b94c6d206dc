package dev.storyatlas.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The page lines of {@link StoryAtlasBenchmark} alone, for trying a change quickly: time to pins, bytes, the time to
 * the first answer and Lighthouse's mobile profile, on the production launch, beside the floor page and, with
 * {@code bench.baseline-jar} or {@code bench.baseline-args}, a baseline's {@code /embed}. The same properties as
 * there ({@code bench.rounds}, {@code bench.lighthouse-runs}, {@code bench.answer-rounds}, {@code bench.view-rounds},
 * {@code bench.app-args}, ...).
 * Run after {@code mvn package -DskipTests}: {@code mvn -B -Pbenchmark surefire:test -Dtest=MobileBenchmark}.
 */
class MobileBenchmark {

    @Test
    void measure_the_pages_where_readers_are() throws Exception {
        long runStarted = System.nanoTime();
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        Path floorRoot = work.resolve("static");
        FloorPage.prepare(floorRoot);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> jvmOptions = StoryAtlasBenchmark.jvmOptions();
        List<String> appArguments = new ArrayList<>(StoryAtlasBenchmark.words(System.getProperty("bench.app-args", "")));
        @Nullable String baselineJar = System.getProperty("bench.baseline-jar");
        List<String> baselineArguments = StoryAtlasBenchmark.words(System.getProperty("bench.baseline-args", ""));
        Report report = new Report();
        Path jar = StoryAtlasBenchmark.jar();
        try (HostSite host = HostSite.start();
                AtlasServer server = launch(jar, work.resolve("aot"), floorRoot, work.resolve("server.log"), jvmOptions,
                        StoryAtlasBenchmark.withHostSite(appArguments, host))) {
            List<FloorPage.Pin> pins = FloorPage.pinsOf(http, server.base(), StoryAtlasBenchmark.STORY);
            FloorPage.write(floorRoot, pins);
            Path baselineBuild = baselineJar != null ? Path.of(baselineJar) : baselineArguments.isEmpty() ? null : jar;
            List<String> baselineAll = new ArrayList<>(StoryAtlasBenchmark.withHostSite(appArguments, host));
            baselineAll.addAll(baselineArguments);
            try (Chromium chromium = new Chromium(pins.size());
                    AtlasServer baseline = baselineBuild == null ? null
                            : launch(baselineBuild, work.resolve("aot-baseline"), floorRoot, work.resolve("baseline.log"), jvmOptions, baselineAll)) {
                StoryAtlasBenchmark.pageLoads(Integer.getInteger("bench.rounds", 10), chromium, server, baseline, report);
                MobileProfile mobile = new MobileProfile(http, Integer.getInteger("bench.lighthouse-runs", 5), Integer.getInteger("bench.answer-rounds", 9),
                        Integer.getInteger("bench.view-rounds", 5));
                mobile.firstAnswers(chromium, server, baseline, StoryAtlasBenchmark.STORY, report);
                mobile.interactions(chromium, server, baseline, report);
                mobile.lighthouse(server, baseline, host, work, report);
            }
        }
        String summary = report.pageTable() + "\n" + report.phones() + "\n" + report.interactions() + "\n" + StoryAtlasBenchmark.machine()
                + (baselineBuild(baselineJar, baselineArguments).isEmpty() ? "" : "\nBaseline: " + baselineBuild(baselineJar, baselineArguments))
                + "\nRun time: " + Duration.ofNanos(System.nanoTime() - runStarted).toSeconds() + " s\n";
        Files.writeString(work.resolve("mobile-summary.md"), summary);
        System.out.println("\n" + summary);
    }

    /** The production launch of a build: extracted, on its AOT cache when the JDK has one. */
    private static AtlasServer launch(Path jar, Path aotDir, Path floorRoot, Path log, List<String> jvmOptions, List<String> arguments)
            throws Exception {
        Optional<AotCache.Launch> aot = AotCache.prepare(jar, aotDir, jvmOptions);
        List<String> options = new ArrayList<>(jvmOptions);
        aot.ifPresent(launch -> options.add(launch.option()));
        return AtlasServer.start(aot.map(AotCache.Launch::jar).orElse(jar), floorRoot, log, options, arguments);
    }

    private static String baselineBuild(@Nullable String jar, List<String> arguments) {
        if (jar == null && arguments.isEmpty()) {
            return "";
        }
        return (jar == null ? "this jar" : jar) + (arguments.isEmpty() ? "" : " with " + String.join(" ", arguments));
    }
}
