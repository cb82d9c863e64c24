package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium, on the seed plan: 昆山市 finds its task in 我的待办, comments and submits it through the
 * rendered Camunda Form; the coordinating office opens 督办台. Runs frontend/e2e/inbox-task-form.mjs
 * (playwright-core) with the build's node; screenshots land in target/screenshots/.
 */
class InboxBrowserTest extends InboxApplicationTest {

    @LocalServerPort
    int port;

    @Test
    void countyStaffSubmitsItsTaskThroughTheFormAndTheOfficeOpensTheDesk() throws Exception {
        BrowserScript.run(port, "inbox-task-form");
        assertThat(BrowserScript.SCREENSHOTS.resolve("inbox-05-desk.png")).isNotEmptyFile();
    }
}
