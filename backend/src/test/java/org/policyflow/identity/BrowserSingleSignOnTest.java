package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: logging in once in the React app gives access to Camunda Tasklist without a second login,
 * and logging out ends both. Runs frontend/e2e/login-to-tasklist.mjs (playwright-core) with the build's node
 * against this application; screenshots land in target/screenshots/. Needs Debian's chromium and CJK fonts
 * (apt-get install chromium fonts-noto-cjk; .ci/run installs them).
 */
class BrowserSingleSignOnTest extends IdentityIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void oneLoginInTheAppOpensTasklist() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        runtimeService.startProcessInstanceByKey("extension-request", "browser-test", EXTENSION_REQUEST);
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve("login-to-tasklist.log");

        Process script = new ProcessBuilder(node(), "e2e/login-to-tasklist.mjs", "http://localhost:" + port,
                screenshots.toString())
                .directory(FRONTEND.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(script.exitValue()).as("browser script:%n%s", output).isZero();
        assertThat(screenshots.resolve("02-tasklist-same-session.png")).isNotEmptyFile();
    }

    /** The node the frontend build installed, else the machine's. */
    private static String node() {
        Path built = FRONTEND.resolve("target/node/node");
        return Files.isExecutable(built) ? built.toString() : "node";
    }
}
