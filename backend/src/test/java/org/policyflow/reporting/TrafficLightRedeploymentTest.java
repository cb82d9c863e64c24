package org.policyflow.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The traffic-light rule lives in traffic-light.dmn only: redeploying it with another yellow threshold changes the
 * rating of the same report, with no Java change.
 */
@Deployment(resources = {"bpmn/reporting-period.bpmn", "bpmn/traffic-light.dmn", "bpmn/review-routing.dmn",
        "bpmn/reporting-deadlines.dmn"})
class TrafficLightRedeploymentTest {

    /** Coverage is asserted by the model's own test class; this one only needs the engine that records it. */
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION)
            .build();

    /** Beside the Spring Boot tests' engines in this JVM, the assertions must be bound to this engine. */
    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void reset() {
        ProcessFixture.reset();
    }

    /** Reports 30 of 85 points in Q3 (序时进度 0.41: progress ratio 0.85) and returns the item's rating. */
    private String rateQ3Report() {
        ProcessFixture fixture = new ProcessFixture().item(ProcessFixture.LEAD, List.of());
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("reporting-period",
                fixture.businessKey(), fixture.periodVariables(0, List.of()));
        managementService().executeJob(jobQuery().processInstanceId(instance.getId()).activityId("ReportOpens")
                .singleResult().getId());
        formService().submitTaskForm(taskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Map.of("narrative", "进展", "targetValues", fixture.figures(30, 100)));
        return (String) runtimeService().getVariable(instance.getId(), "itemRating");
    }

    @Test
    void loweringTheYellowThresholdInTheDmnTurnsYellowToGreen() throws IOException {
        org.assertj.core.api.Assertions.assertThat(rateQ3Report()).isEqualTo("YELLOW");

        String dmn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/traffic-light.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = dmn.replace("<text>&lt; 0.9</text>", "<text>&lt; 0.8</text>");
        org.assertj.core.api.Assertions.assertThat(edited).isNotEqualTo(dmn);
        String deployment = repositoryService().createDeployment()
                .addString("bpmn/traffic-light.dmn", edited).deploy().getId();
        try {
            org.assertj.core.api.Assertions.assertThat(rateQ3Report()).isEqualTo("GREEN");
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }
}
