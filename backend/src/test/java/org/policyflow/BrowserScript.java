package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a browser script of frontend/e2e/ (playwright-core driving Debian's chromium) with the build's node against
 * a running PolicyFlow, and fails the test with the script's log if it fails. Screenshots and the log land in
 * target/screenshots/. Needs chromium and CJK fonts (apt-get install chromium fonts-noto-cjk; .ci/run installs them).
 */
public final class BrowserScript {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    private BrowserScript() {
    }

    /** Runs {@code frontend/e2e/<script>.mjs <base URL> <screenshot folder>}; its output goes to {@code <script>.log}. */
    public static void run(String script, int port, Duration timeout) throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve(script + ".log");
        Process process = new ProcessBuilder(node(), "e2e/" + script + ".mjs", "http://localhost:" + port,
                SCREENSHOTS.toString())
                .directory(FRONTEND.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("browser script:%n%s", output).isZero();
    }

    /** The node the frontend build installed, else the machine's. */
    private static String node() {
        Path built = FRONTEND.resolve("target/node/node");
        return Files.isExecutable(built) ? built.toString() : "node";
    }
}
