package org.policyflow.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/extension-request.bpmn", "bpmn/forms/extension-review.form"})
class ExtensionRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION)
            .assertClassCoverageAtLeast(0.9).build();

    /** Beside the Spring Boot tests' engines in this JVM, the assertions must be bound to this engine. */
    @BeforeEach
    void bindAssertionsAndRegisterListeners() {
        BpmnAwareTests.init(engine.getProcessEngine());
        new ProcessFixture();
    }

    @AfterEach
    void resetClock() {
        ProcessFixture.reset();
    }

    private ProcessInstance request() {
        return runtimeService().startProcessInstanceByKey("extension-request", "苏府办〔2025〕77号-3",
                Map.of("extensionReason", "省级验收推迟", "requestedDueDate", "2025-11-20",
                        "itemLabel", "(三) 推进服务供给提质", "periodLabel", "2025年第三季度"));
    }

    @Test
    void coordinatingOfficeApprovesExtension() {
        ProcessInstance instance = request();

        assertThat(instance).isWaitingAt("ReviewExtension");
        assertThat(task()).hasCandidateGroup("coordination-office")
                .hasName("(三) 推进服务供给提质 · 2025年第三季度延期申请审核");
        org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isNotNull();

        complete(task(), withVariables("decision", "approve", "reviewComment", "同意延期"));

        assertThat(instance).hasPassed("ExtensionApproved").isEnded();
    }

    @Test
    void coordinatingOfficeRefusesExtension() {
        ProcessInstance instance = request();

        assertThat(instance).isWaitingAt("ReviewExtension");
        complete(task(), withVariables("decision", "refuse", "reviewComment", "理由不充分"));

        assertThat(instance).hasPassed("ExtensionRefused").hasNotPassed("ExtensionApproved").isEnded();
    }

    @Test
    void theDecisionNeedsAnExplanationTheFormAllows() {
        ProcessInstance instance = request();
        assertThat(instance).isWaitingAt("ReviewExtension");
        Task review = task();

        assertThatThrownBy(() -> complete(review, withVariables("decision", "approve", "reviewComment", "")))
                .hasMessageContaining("请填写「审核说明」");
        assertThatThrownBy(() -> complete(review, withVariables("decision", "approve",
                "reviewComment", "长".repeat(1001))))
                .hasMessageContaining("「审核说明」不能超过1000个字");
        assertThatThrownBy(() -> complete(review, withVariables("decision", "maybe", "reviewComment", "再议")))
                .hasMessageContaining("「审核意见」必须是以下之一");

        assertThat(instance).isWaitingAt("ReviewExtension");
    }
}
