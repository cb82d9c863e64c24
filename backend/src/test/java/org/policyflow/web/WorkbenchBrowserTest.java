package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real Chromium: the coordinator imports a small plan through the import page with a corrected lead and target;
 * the modeller renames a task of action-item.bpmn in the modeler and deploys version 2. Runs frontend/e2e/workbench.mjs
 * (playwright-core) with the build's node; screenshots land in target/screenshots/. Needs Debian's chromium and CJK
 * fonts (.ci/run installs them).
 */
class WorkbenchBrowserTest extends WorkbenchIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorImportsAPlanAndModellerDeploysVersionTwo() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the browser test: apt-get install -y chromium fonts-noto-cjk")
                .isExecutable();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve("workbench.log");

        Process script = new ProcessBuilder(node(), "e2e/workbench.mjs", "http://localhost:" + port,
                screenshots.toString())
                .directory(FRONTEND.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser script finished in time:%n%s", output).isTrue();
        assertThat(script.exitValue()).as("browser script:%n%s", output).isZero();

        // what the page sent is what the import wrote: the chosen lead and the edited target
        assertThat(jdbc.sql("select b.department_id from pf_item_body b join pf_item i on i.id = b.item_id "
                        + "where i.business_key = ? and b.role = 'LEAD'").param("苏府办〔2025〕902号-1")
                .query(String.class).single()).isEqualTo("market-regulation");
        assertThat(jdbc.sql("select t.target_value from pf_target t join pf_item i on i.id = t.item_id "
                        + "where i.business_key = ?").param("苏府办〔2025〕902号-2")
                .query(BigDecimal.class).single()).isEqualByComparingTo("350");
        assertThat(screenshots.resolve("21-modeler-version-2.png")).isNotEmptyFile();
    }

    /** The node the frontend build installed, else the machine's. */
    private static String node() {
        Path built = FRONTEND.resolve("target/node/node");
        return Files.isExecutable(built) ? built.toString() : "node";
    }
}
