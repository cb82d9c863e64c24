package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: logging in once in the React app gives access to Camunda Tasklist without a second login,
 * and logging out ends both; the coordinator then claims its review task, fills in the Camunda Form and completes it
 * in Tasklist, through the engine API guard. Runs frontend/e2e/login-to-tasklist.mjs against this application.
 */
class BrowserSingleSignOnTest extends IdentityIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void oneLoginInTheAppOpensTasklist() throws Exception {
        runtimeService.startProcessInstanceByKey("extension-request", "browser-test", EXTENSION_REQUEST);
        BrowserScript.run(port, "login-to-tasklist");
        assertThat(BrowserScript.SCREENSHOTS.resolve("02-tasklist-same-session.png")).isNotEmptyFile();

        // the form Tasklist submitted is what the engine recorded
        HistoricVariableInstance comment = historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals("reviewComment", "同意延期（Tasklist）").singleResult();
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(comment.getProcessInstanceId()).variableName("decision").singleResult()
                .getValue()).isEqualTo("approve");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(comment.getProcessInstanceId())
                .taskAssignee("coordinator").finished().count()).isEqualTo(1);
    }
}
