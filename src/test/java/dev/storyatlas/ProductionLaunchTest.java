package dev.storyatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProductionLaunchTest {

    private static final Path OPTIONS = Path.of("src/main/deploy/jvm.options");

    @Test
    void the_production_launch_options_are_ones_this_jdk_accepts() throws IOException, InterruptedException {
        List<String> options = Files.readAllLines(OPTIONS).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(options).as("options in %s", OPTIONS).isNotEmpty().allMatch(option -> option.startsWith("-"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Path output = Files.createTempFile("jvm-options", ".txt");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(java.waitFor(30, TimeUnit.SECONDS)).as("java -version returned within 30 s").isTrue();
        assertThat(java.exitValue()).as("java %s -version said:%n%s", options, Files.readString(output)).isZero();
        Files.delete(output);
    }
}
