package dev.storyatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code src/main/deploy/haproxy.cfg} as an operator takes it to production, checked by
 * HAProxy itself ({@code ./atlas cluster check}, which installs Debian's haproxy when missing).
 */
class HaproxyConfigTest {

    @Test
    void the_committed_configuration_is_valid_as_it_is() throws Exception {
        Result check = check(Map.of());

        assertThat(check.output()).contains("Configuration file is valid");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void asking_for_https_with_a_missing_certificate_fails_naming_the_file() throws Exception {
        Path missing = Path.of("target/cluster-tests/no-such-certificate.pem").toAbsolutePath();

        Result check = check(Map.of("ATLAS_TLS_CERT", missing.toString()));

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.output()).contains(missing.toString());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result check(Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("./atlas", "cluster", "check").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ATLAS_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./atlas cluster check did not end:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
