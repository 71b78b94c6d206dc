package dev.storyatlas.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An npm package the benchmark needs, pinned, installed under {@code target/} with the npm that {@code ./atlas} puts on the PATH. */
final class Npm {

    private Npm() {
    }

    /** The package's directory under {@code home}, installed first when {@code home} does not hold this version. */
    static Path installed(Path home, String name, String version) throws IOException, InterruptedException {
        Path dir = home.resolve("node_modules").resolve(name);
        Path manifest = dir.resolve("package.json");
        boolean present = Files.exists(manifest)
                && JsonParser.parseString(Files.readString(manifest)).getAsJsonObject().get("version").getAsString().equals(version);
        if (!present) {
            Files.createDirectories(home);
            run(List.of("npm", "install", "--exact", "--no-audit", "--no-fund", "--prefix", home.toAbsolutePath().toString(),
                    name + "@" + version), home.resolve("install.log"), 600);
        }
        return dir;
    }

    /** Runs a command with Chromium as Lighthouse's browser, its output appended to {@code log}; fails unless it exits with 0 in time. */
    static void run(List<String> command, Path log, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CHROME_PATH", Chromium.CHROMIUM.toString());
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out after " + seconds + " s: " + String.join(" ", command) + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", command) + "; see " + log);
        }
    }
}
