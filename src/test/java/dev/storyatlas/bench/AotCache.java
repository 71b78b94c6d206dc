package dev.storyatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The jar extracted (Spring Boot's {@code -Djarmode=tools extract}) with a JDK ahead-of-time cache
 * (JEP 483/514, JDK 25) from a training run that stops once the context is refreshed: the
 * deployment recipe README gives for a faster start-up. The benchmark starts both ways in turn.
 */
final class AotCache {

    private AotCache() {
    }

    /** The extracted jar and its {@code -XX:AOTCache} option, or empty on a JDK older than 25. */
    record Launch(Path jar, String option) {
    }

    static Optional<Launch> prepare(Path jar, Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
        if (Runtime.version().feature() < 25) {
            return Optional.empty();
        }
        Files.createDirectories(dir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path app = dir.resolve("app");
        Path cache = dir.resolve("app.aot").toAbsolutePath();
        run(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force",
                "--destination", app.toAbsolutePath().toString()), dir.resolve("extract.log"));
        Path extracted = app.resolve(jar.getFileName());
        List<String> training = new ArrayList<>(List.of(java.toString()));
        training.addAll(jvmOptions);
        training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-jar", extracted.toAbsolutePath().toString(), "--server.port=0", "--server.address=127.0.0.1"));
        run(training, dir.resolve("training.log"));
        if (!Files.exists(cache)) {
            throw new IllegalStateException("no AOT cache after the training run; see " + dir.resolve("training.log"));
        }
        return Optional.of(new Launch(extracted, "-XX:AOTCache=" + cache));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + command + "; see " + log);
        }
    }
}
