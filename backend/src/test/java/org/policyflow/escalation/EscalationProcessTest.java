package org.policyflow.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyflow.reporting.ProcessFixture;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives every path of bpmn/escalation.bpmn with its decisions and forms on a plain engine. The listeners are the
 * real ones, writing into the pf_escalation tables of {@link ProcessFixture}'s database.
 */
@Deployment(resources = {"bpmn/escalation.bpmn", "bpmn/escalation-level.dmn", "bpmn/forms/escalation-notice.form",
        "bpmn/forms/escalation-rectification.form", "bpmn/forms/escalation-check.form"})
class EscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String BODY = ProcessFixture.LEAD;
    static final String ITEM_LABEL = ProcessFixture.ITEM_LABEL;

    private JdbcClient jdbc;
    private long itemId;

    @BeforeEach
    void fixture() {
        // Spring Boot tests of the same JVM register engines of their own; the assertions must use this one
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessFixture fixture = new ProcessFixture();
        jdbc = fixture.jdbc;
        jdbc.sql("delete from pf_reminder where period_id is null").update();
        jdbc.sql("delete from pf_escalation_notice").update();
        jdbc.sql("delete from pf_escalation").update();
        itemId = ProcessFixture.itemOf(jdbc, "苏府办〔2025〕77号");
    }

    @AfterEach
    void logout() {
        processEngine().getIdentityService().clearAuthentication();
        ProcessFixture.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(String trigger) {
        return runtimeService().startProcessInstanceByKey("escalation", "苏府办〔2025〕77号-3",
                ProcessFixture.escalationInputs(itemId, BODY, trigger));
    }

    private static void as(String userId) {
        processEngine().getIdentityService().setAuthenticatedUserId(userId);
    }

    private static LocalDate today() {
        return ProcessFixture.TODAY;
    }

    private void issue(ProcessInstance instance, String levelName, String group) {
        assertThat(instance).isWaitingAt("IssueNotice");
        Task task = task(instance);
        assertThat(task).hasCandidateGroup(group).hasName(ITEM_LABEL + " · " + levelName + " · 签发督办单");
        org.assertj.core.api.Assertions.assertThat(task.getDueDate()).isAfter(ClockUtil.getCurrentTime());
        as(group);
        complete(task, withVariables("requirements", "请于期限内补报进展并说明原因", "rectificationDeadline",
                today().plusDays(7).toString()));
    }

    private void answer(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("SubmitRectification");
        as(BODY);
        complete(task(instance), withVariables("rectificationText", "已补报第三季度进展报告", "measures", "明确专人负责,按月跟踪",
                "evidenceNote", "补报报告(苏市监〔2025〕12号)"));
    }

    private void check(ProcessInstance instance, String result) {
        assertThat(instance).isWaitingAt("CheckRectification");
        complete(task(instance), withVariables("checkResult", result, "checkComment", "已核实"));
    }

    private void deadlinePasses(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("SubmitRectification");
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("RectificationDeadlinePassed").singleResult();
        managementService().executeJob(timer.getId());
    }

    private static Object endVariable(ProcessInstance instance, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    private Map<String, Object> escalationRow(ProcessInstance instance) {
        return jdbc.sql("select * from pf_escalation where process_instance_id = ?").param(instance.getId())
                .query().singleRow();
    }

    private List<Map<String, Object>> notices(ProcessInstance instance) {
        return ProcessFixture.escalationNotices(jdbc, instance.getId());
    }

    @Test
    void blueNoticeRectificationAccepted() {
        ProcessInstance instance = start("OVERDUE");

        org.assertj.core.api.Assertions.assertThat(escalationRow(instance))
                .containsEntry("CURRENT_LEVEL", "BLUE").containsEntry("LEVEL_NAME", "蓝色督办")
                .containsEntry("STATUS", "OPEN").containsEntry("DEPARTMENT_ID", BODY)
                .containsEntry("TRIGGER_TYPE", "OVERDUE").containsEntry("ITEM_ID", itemId);
        // the notice form starts with the deadline the ladder gives the blue level
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(instance.getId(), "rectificationDeadline"))
                .isEqualTo(today().plusDays(10).toString());
        issue(instance, "蓝色督办", "coordination-office");

        assertThat(instance).isWaitingAt("SubmitRectification");
        Task rectification = task(instance);
        assertThat(rectification).hasCandidateGroup(BODY).hasName(ITEM_LABEL + " · 蓝色督办 · 整改反馈");
        org.assertj.core.api.Assertions.assertThat(rectification.getDueDate()).isEqualTo(
                Date.from(LocalDateTime.of(today().plusDays(7), java.time.LocalTime.of(23, 59, 59))
                        .atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        answer(instance);

        assertThat(task(instance)).hasCandidateGroup("coordination-office")
                .hasName(ITEM_LABEL + " · 蓝色督办 · 审核整改情况");
        as("coordination-office");
        check(instance, "RESOLVED");

        assertThat(instance).hasPassed("EscalationResolved").isEnded();
        org.assertj.core.api.Assertions.assertThat(endVariable(instance, "escalationLevel")).isEqualTo("BLUE");
        Map<String, Object> escalation = escalationRow(instance);
        org.assertj.core.api.Assertions.assertThat(escalation).containsEntry("STATUS", "RESOLVED");
        org.assertj.core.api.Assertions.assertThat(escalation.get("CLOSED_AT")).isNotNull();
        List<Map<String, Object>> notices = notices(instance);
        org.assertj.core.api.Assertions.assertThat(notices).singleElement().satisfies(notice -> org.assertj.core.api.Assertions
                .assertThat(notice).containsEntry("LEVEL", "BLUE").containsEntry("ISSUED_BY", "coordination-office")
                .containsEntry("REQUIREMENTS", "请于期限内补报进展并说明原因")
                .containsEntry("RECTIFICATION", "已补报第三季度进展报告").containsEntry("ANSWERED_BY", BODY)
                .containsEntry("CHECK_RESULT", "RESOLVED").containsEntry("CHECKED_BY", "coordination-office"));
    }

    @Test
    void theCompressedCalendarGetsSameDayDeadlinesFromTheLadder() {
        Map<String, Object> inputs = ProcessFixture.escalationInputs(itemId, BODY, "OVERDUE");
        inputs.put("calendarMode", "COMPRESSED");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("escalation", "苏府办〔2025〕77号-3", inputs);

        // a period of the compressed calendar lasts minutes: the notice prefills today, not ten days on
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(instance.getId(), "rectificationDeadline"))
                .isEqualTo(today().toString());
        assertThat(task(instance)).hasName(ITEM_LABEL + " · 蓝色督办 · 签发督办单");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("CURRENT_LEVEL", "BLUE");
    }

    @Test
    void theBodyIsRemindedBeforeItsRectificationDeadline() {
        ProcessInstance instance = start("OVERDUE");
        issue(instance, "蓝色督办", "coordination-office");

        // deadline today + 7 at 23:59:59, the blue level reminds two days before
        Job reminder = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("RectificationReminder").singleResult();
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(
                LocalDateTime.of(today().plusDays(5), java.time.LocalTime.of(23, 59, 59))
                        .atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        managementService().executeJob(reminder.getId());

        assertThat(instance).hasPassed("RemindRectification").isWaitingAt("SubmitRectification");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select department_id || ':' || kind from pf_reminder where item_id = ? and period_id is null")
                .param(itemId).query(String.class).list()).containsExactly(BODY + ":REMINDER");
    }

    @Test
    void noAnswerByTheDeadlineRisesToOrange() {
        ProcessInstance instance = start("OVERDUE");
        issue(instance, "蓝色督办", "coordination-office");

        deadlinePasses(instance);

        assertThat(instance).hasPassed("RectificationDeadlinePassed", "RecordMissedDeadline", "DetermineNextLevel");
        issue(instance, "橙色督办", "coordination-office");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("CURRENT_LEVEL", "ORANGE")
                .containsEntry("LEVEL_RANK", 2).containsEntry("STATUS", "OPEN");
        org.assertj.core.api.Assertions.assertThat(notices(instance)).extracting(n -> n.get("LEVEL") + ":" + n.get("CHECK_RESULT"))
                .containsExactly("BLUE:NO_ANSWER", "ORANGE:null");
    }

    @Test
    void unresolvedRectificationRisesAndStartsWithEmptyForms() {
        ProcessInstance instance = start("RETURNED_TWICE");
        issue(instance, "蓝色督办", "coordination-office");
        answer(instance);
        check(instance, "UNRESOLVED");

        assertThat(instance).isWaitingAt("IssueNotice");
        assertThat(task(instance)).hasName(ITEM_LABEL + " · 橙色督办 · 签发督办单");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(instance.getId()))
                .doesNotContainKeys("requirements", "rectificationText", "measures", "checkResult", "checkComment")
                .containsEntry("rectificationDeadline", today().plusDays(7).toString());
        org.assertj.core.api.Assertions.assertThat(notices(instance)).extracting(n -> n.get("CHECK_RESULT"))
                .containsExactly("UNRESOLVED");
    }

    @Test
    void redRatingStartsAtOrangeAsTheDecisionTableSays() {
        ProcessInstance instance = start("RED_RATING");

        assertThat(instance).hasPassed("DetermineStartLevel").isWaitingAt("IssueNotice");
        assertThat(task(instance)).hasName(ITEM_LABEL + " · 橙色督办 · 签发督办单");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("CURRENT_LEVEL", "ORANGE");
    }

    @Test
    void risesAllTheWayToTheCityGovernmentOfficeWhoseDecisionEndsIt() {
        ProcessInstance instance = start("RED_RATING");
        issue(instance, "橙色督办", "coordination-office");
        answer(instance);
        check(instance, "UNRESOLVED");
        issue(instance, "红色督办", "coordination-office");
        deadlinePasses(instance);

        issue(instance, "市政府办公室督办", "city-government-office");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("CURRENT_LEVEL", "CITY");
        deadlinePasses(instance);

        // at the top there is no higher level: the city government office decides even without an answer
        assertThat(instance).isWaitingAt("CheckRectification");
        assertThat(task(instance)).hasCandidateGroup("city-government-office")
                .hasName(ITEM_LABEL + " · 市政府办公室督办 · 审核整改情况");
        as("city-government-office");
        check(instance, "UNRESOLVED");

        assertThat(instance).hasPassed("ClosedByCityOffice").hasNotPassed("EscalationResolved").isEnded();
        org.assertj.core.api.Assertions.assertThat(endVariable(instance, "escalationLevel")).isEqualTo("CITY");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("STATUS", "CLOSED");
        org.assertj.core.api.Assertions.assertThat(notices(instance))
                .extracting(n -> n.get("LEVEL") + ":" + n.get("ISSUER_GROUP") + ":" + n.get("CHECK_RESULT"))
                .containsExactly("ORANGE:coordination-office:UNRESOLVED", "RED:coordination-office:NO_ANSWER",
                        "CITY:city-government-office:UNRESOLVED");
    }

    @Test
    void editedDecisionTableTakesEffectAfterRedeployWithoutJavaChanges() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/escalation-level.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = table.replace("<outputEntry id=\"StartLevelOverdueLevel\"><text>\"BLUE\"</text>",
                "<outputEntry id=\"StartLevelOverdueLevel\"><text>\"RED\"</text>");
        org.assertj.core.api.Assertions.assertThat(edited).isNotEqualTo(table);
        String deploymentId = repositoryService().createDeployment()
                .addString("bpmn/escalation-level.dmn", edited).deploy().getId();
        try {
            ProcessInstance instance = start("OVERDUE");

            assertThat(task(instance)).hasName(ITEM_LABEL + " · 红色督办 · 签发督办单");
            org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("CURRENT_LEVEL", "RED");
        } finally {
            repositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void refusesIncompleteOrPastNoticesAndWritesNothing() {
        ProcessInstance instance = start("OVERDUE");
        String taskId = task(instance).getId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
                        withVariables("requirements", " ", "rectificationDeadline", today().plusDays(3).toString())))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("请填写「整改要求」");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
                        withVariables("requirements", "补".repeat(2001), "rectificationDeadline", today().plusDays(3).toString())))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("「整改要求」不能超过2000个字");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
                        withVariables("requirements", "请于期限内补报进展", "rectificationDeadline", today().minusDays(1).toString())))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("「整改期限」不能早于今天");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
                        withVariables("requirements", "请于期限内补报进展", "rectificationDeadline", "下周五")))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("必须是日期");

        assertThat(instance).isWaitingAt("IssueNotice");
        org.assertj.core.api.Assertions.assertThat(notices(instance)).isEmpty();
    }

    @Test
    void refusesAnUnknownCheckResult() {
        ProcessInstance instance = start("OVERDUE");
        issue(instance, "蓝色督办", "coordination-office");
        answer(instance);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
                        withVariables("checkResult", "MAYBE", "checkComment", "已核实")))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("「审核结论」必须是以下之一");
        assertThat(instance).isWaitingAt("CheckRectification");
    }

    /** The three states an escalation waits in: for the notice, for the rectification, for its check. */
    enum Waiting {
        NOTICE, RECTIFICATION, CHECK
    }

    private ProcessInstance waitingAt(Waiting state) {
        ProcessInstance instance = start("OVERDUE");
        if (state != Waiting.NOTICE) {
            issue(instance, "蓝色督办", "coordination-office");
        }
        if (state == Waiting.CHECK) {
            answer(instance);
        }
        return instance;
    }

    @ParameterizedTest
    @EnumSource(Waiting.class)
    void theOfficeWithdrawsAnEscalationInEachStateWithItsReason(Waiting state) {
        ProcessInstance instance = waitingAt(state);

        org.assertj.core.api.Assertions.assertThat(EndMessage.send(runtimeService(), instance.getId(),
                new EscalationRepository.Ending("WITHDRAWN", "责任单位已完成整改,协调办公室撤销督办", "coordinator"))).isTrue();

        assertThat(instance).hasPassed("RecordEscalationEnd", "EscalationEndedByCause")
                .hasNotPassed("EscalationResolved").isEnded();
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .count()).isZero();
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("STATUS", "ENDED")
                .containsEntry("END_CAUSE", "WITHDRAWN").containsEntry("END_NOTE", "责任单位已完成整改,协调办公室撤销督办")
                .containsEntry("ENDED_BY", "coordinator");
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance).get("CLOSED_AT")).isNotNull();
        org.assertj.core.api.Assertions.assertThat(EscalationEnd.values()).extracting(EscalationEnd::note)
                .doesNotContainNull();
    }

    @ParameterizedTest
    @EnumSource(Waiting.class)
    void aCancelledEscalationIsRecordedAsCancelledInEachState(Waiting state) {
        ProcessInstance instance = waitingAt(state);

        runtimeService().deleteProcessInstance(instance.getId(), "事项已撤销");

        assertThat(instance).isEnded();
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("STATUS", "ENDED")
                .containsEntry("END_CAUSE", "CANCELLED").containsEntry("END_NOTE", "督办流程已被取消");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from v_escalation_timeline where item_id = ? and kind = 'ESCALATION_ENDED'
                and outcome = 'CANCELLED'""").param(itemId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEndWithoutAMessageCauseIsAModellingError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EscalationEnd.of("BECAUSE"))
                .hasMessageContaining("未知的督办结束原因");
    }

    @Test
    void aResolvedEscalationKeepsItsEndWhenAnEndArrivesLate() {
        ProcessInstance instance = waitingAt(Waiting.CHECK);
        check(instance, "RESOLVED");

        org.assertj.core.api.Assertions.assertThat(EndMessage.send(runtimeService(), instance.getId(),
                new EscalationRepository.Ending("WITHDRAWN", "迟到的撤销", "coordinator"))).isFalse();
        org.assertj.core.api.Assertions.assertThat(escalationRow(instance)).containsEntry("STATUS", "RESOLVED")
                .containsEntry("END_CAUSE", null);
    }

    @Test
    void deletingAWaitingEscalationNeedsNoFormValues() {
        ProcessInstance instance = start("OVERDUE");
        issue(instance, "蓝色督办", "coordination-office");

        runtimeService().deleteProcessInstance(instance.getId(), "事项已撤销");

        assertThat(instance).isEnded();
        org.assertj.core.api.Assertions.assertThat(notices(instance)).extracting(n -> n.get("ANSWERED_AT")).containsExactly((Object) null);
    }
}
