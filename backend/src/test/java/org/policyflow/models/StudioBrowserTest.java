package org.policyflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium (frontend/e2e/studio.mjs): the modeller changes the yellow threshold of traffic-light.dmn in
 * the decision-table editor, downloads it, uploads it back and deploys it, and drags a field into
 * acknowledge-lead.form and deploys it; the lead department's task shows the field. Afterwards the bpmn/ versions
 * are deployed again, so the other tests of the shared application rate and render as before.
 */
class StudioBrowserTest extends ApplicationTest {

    private static final Path BPMN = Path.of("..", "bpmn");

    @LocalServerPort
    int port;
    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repository;

    /** The light of a report on time at 85 % of the expected progress (between the old 0.9 and the new 0.8). */
    private String lightAtEightyFivePercent() {
        return decisions.evaluateDecisionTableByKey("traffic-light",
                Map.of("progressRatio", 0.85, "daysLate", 0)).getSingleResult().getSingleEntry();
    }

    @Test
    void modellerEditsTheTrafficLightAndAFormAndBothTakeEffect() throws Exception {
        assertThat(lightAtEightyFivePercent()).isEqualTo("YELLOW");

        BrowserScript.run(port, "studio");

        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey("traffic-light")
                .latestVersion().singleResult();
        assertThat(repository.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult().getSource())
                .isEqualTo("policyflow-modeler");
        assertThat(lightAtEightyFivePercent()).isEqualTo("GREEN");
        assertThat(BrowserScript.SCREENSHOTS.resolve("studio-06-task-with-new-field.png")).isNotEmptyFile();
    }

    @AfterEach
    void deployTheFolderVersionsAgain() throws IOException {
        repository.createDeployment().name("policyflow-models").source("bpmn/")
                .addString("bpmn/traffic-light.dmn", Files.readString(BPMN.resolve("traffic-light.dmn")))
                .addString("bpmn/forms/acknowledge-lead.form", Files.readString(BPMN.resolve("forms/acknowledge-lead.form")))
                .deploy();
    }
}
