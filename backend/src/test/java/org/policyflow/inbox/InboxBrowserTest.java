package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium, on the seed plan: 昆山市 finds its task in 我的待办, comments and submits it through the
 * rendered Camunda Form; the coordinating office opens 督办台. Runs frontend/e2e/inbox-task-form.mjs
 * (playwright-core) with the build's node; screenshots land in target/screenshots/.
 */
class InboxBrowserTest extends InboxApplicationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Test
    void countyStaffSubmitsItsTaskThroughTheFormAndTheOfficeOpensTheDesk() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve("inbox-task-form.log");
        Path built = FRONTEND.resolve("target/node/node");
        Process script = new ProcessBuilder(Files.isExecutable(built) ? built.toString() : "node",
                "e2e/inbox-task-form.mjs", "http://localhost:" + port, screenshots.toString())
                .directory(FRONTEND.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(script.exitValue()).as("browser script:%n%s", output).isZero();
        assertThat(screenshots.resolve("inbox-05-desk.png")).isNotEmptyFile();
    }
}
