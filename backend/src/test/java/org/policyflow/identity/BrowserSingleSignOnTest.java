package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: logging in once in the React app gives access to Camunda Tasklist without a second login,
 * and logging out ends both. Runs frontend/e2e/login-to-tasklist.mjs through {@link BrowserScript}; screenshots
 * land in target/screenshots/.
 */
class BrowserSingleSignOnTest extends IdentityIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void oneLoginInTheAppOpensTasklist() throws Exception {
        runtimeService.startProcessInstanceByKey("extension-request", "browser-test", EXTENSION_REQUEST);
        BrowserScript.run("login-to-tasklist", port, Duration.ofMinutes(3));
        assertThat(BrowserScript.SCREENSHOTS.resolve("02-tasklist-same-session.png")).isNotEmptyFile();
    }
}
