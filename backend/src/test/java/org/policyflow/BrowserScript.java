package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a browser script of frontend/e2e/ (playwright-core driving Debian's chromium) against the running
 * application with the build's node, and fails the test with the script's log unless it succeeds. Screenshots land
 * in target/screenshots/. Needs chromium and CJK fonts (apt-get install chromium fonts-noto-cjk; .ci/run installs
 * them).
 */
public final class BrowserScript {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    private BrowserScript() {
    }

    /** Runs e2e/{@code name}.mjs with the base URL, the screenshot folder and {@code args}; its log is name.log. */
    public static String run(int port, String name, String... args) throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(node(), "e2e/" + name + ".mjs", "http://localhost:" + port,
                SCREENSHOTS.toString()));
        command.addAll(List.of(args));
        Process script = new ProcessBuilder(command).directory(FRONTEND.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(script.exitValue()).as("browser script:%n%s", output).isZero();
        return output;
    }

    /** The node the frontend build installed, else the machine's. */
    private static String node() {
        Path built = FRONTEND.resolve("target/node/node");
        return Files.isExecutable(built) ? built.toString() : "node";
    }
}
