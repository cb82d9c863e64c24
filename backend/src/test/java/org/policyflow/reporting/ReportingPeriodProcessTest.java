package org.policyflow.reporting;

import org.policyflow.engine.SubmissionRejected;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.policyflow.reporting.ProcessFixture.CONTRIBUTORS;
import static org.policyflow.reporting.ProcessFixture.LEAD;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyflow.reporting.RequestRejected;

/** Drives reporting-period.bpmn through every path, with the real listeners and delegates on the real tables. */
@Deployment(resources = {"bpmn/reporting-period.bpmn", "bpmn/extension-request.bpmn", "bpmn/escalation.bpmn",
        "bpmn/escalation-level.dmn", "bpmn/traffic-light.dmn", "bpmn/review-routing.dmn", "bpmn/reporting-deadlines.dmn"})
class ReportingPeriodProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION)
            .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys("extension-request", "escalation").build();

    private ProcessFixture fixture;

    @BeforeEach
    void fixture() {
        // beside the Spring Boot tests' engines in this JVM, bind the assertions to this engine
        BpmnAwareTests.init(engine.getProcessEngine());
        fixture = new ProcessFixture().item(LEAD, CONTRIBUTORS);
    }

    @AfterEach
    void reset() {
        ProcessFixture.reset();
    }

    private ProcessInstance startQ3(List<String> contributors) {
        return runtimeService().startProcessInstanceByKey("reporting-period", fixture.businessKey(),
                fixture.periodVariables(0, contributors));
    }

    private Task taskFor(ProcessInstance instance, String group) {
        return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).singleResult();
    }

    private void contribute(ProcessInstance instance, String department) {
        formService().submitTaskForm(taskFor(instance, department).getId(), Map.of(
                "contributionNarrative", department + "已完成本期配合工作",
                "targetValues", List.of(Map.of("targetId", fixture.targetIds.get(1), "value", 12))));
    }

    private void report(ProcessInstance instance, Object satisfaction, Object circles) {
        formService().submitTaskForm(taskFor(instance, LEAD).getId(), Map.of("narrative", "本期推进情况",
                "problems", "无", "nextSteps", "继续推进", "targetValues", fixture.figures(satisfaction, circles)));
    }

    private void review(ProcessInstance instance, String decision, String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("reviewDecision", decision);
        values.put("reviewComment", comment);
        formService().submitTaskForm(taskFor(instance, "coordination-office").getId(), values);
    }

    /** The lead's report opens on its schedule (reportOpensAt). */
    private void reportOpens(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("ReportOpens");
        fire("ReportOpens");
        assertThat(instance).isWaitingAt("CompileReport");
    }

    /** The contributors' rows a report or review task shows: body|status|narrative. */
    private static List<String> contributionRows(Task task) {
        Object rows = runtimeService().getVariableLocal(task.getExecutionId(), "contributions");
        return org.camunda.spin.Spin.JSON(rows.toString()).elements().stream()
                .map(row -> row.prop("contributor").stringValue() + "|" + row.prop("state").stringValue() + "|"
                        + row.prop("material").stringValue()).toList();
    }

    /** The codes of the contributors' rows: status|submittedAt. */
    private static List<String> contributionCodes(Task task) {
        Object rows = runtimeService().getVariableLocal(task.getExecutionId(), "contributions");
        return org.camunda.spin.Spin.JSON(rows.toString()).elements().stream()
                .map(row -> row.prop("status").stringValue() + "|"
                        + (row.prop("submittedAt").isNull() ? "null" : row.prop("submittedAt").stringValue()))
                .toList();
    }

    private void fire(String activityId) {
        Job job = jobQuery().activityId(activityId).singleResult();
        managementService().executeJob(job.getId());
    }

    private static Date day(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ProcessFixture.ZONE).toInstant());
    }

    @Test
    void contributorsSubmitLeadReportsOfficeApproves() {
        ProcessInstance instance = startQ3(CONTRIBUTORS);

        assertThat(instance).isWaitingAt("SubmitContribution");
        Task contribution = taskFor(instance, "zhujian");
        org.assertj.core.api.Assertions.assertThat(contribution.getName())
                .isEqualTo("(三) 推进服务供给提质 · 2025年第三季度配合材料");
        org.assertj.core.api.Assertions.assertThat(contribution.getDueDate()).isEqualTo(day(2025, 10, 11));
        contribute(instance, "zhujian");
        contribute(instance, "kunshan");

        // the lead's report opens on the calendar, a week before the due date, not when the material is complete
        assertThat(instance).hasPassed("ContributionsDone").isWaitingAt("ReportOpens");
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReportOpens").singleResult().getDuedate())
                .isEqualTo(day(2025, 10, 4));
        reportOpens(instance);
        Task report = taskFor(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(contributionRows(report)).containsExactly(
                "测试单位 zhujian|已报送 2025-08-01 09:00|zhujian已完成本期配合工作",
                "测试单位 kunshan|已报送 2025-08-01 09:00|kunshan已完成本期配合工作");
        org.assertj.core.api.Assertions.assertThat(report.getName())
                .isEqualTo("(三) 推进服务供给提质 · 2025年第三季度进展报告");
        report(instance, 40, 50);

        assertThat(instance).isWaitingAt("ReviewReport").variables().containsEntry("itemRating", "GREEN");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getDueDate())
                .isEqualTo(day(2025, 10, 18));
        review(instance, "approve", "同意");

        assertThat(instance).hasPassed("PeriodClosed").hasNotPassed("EscalateReport").isEnded();
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_contribution where item_id = ?", fixture.itemId)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(fixture.count("""
                select count(*) from pf_target_value v join pf_report r on r.id = v.report_id
                where r.item_id = ? and r.rating = 'GREEN' and v.rating = 'GREEN'""", fixture.itemId)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_review where decision = 'APPROVED'")).isPositive();
    }

    @Test
    void returnedReportIsRevisedAndSecondReturnEscalates() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 40, 50);
        review(instance, "return", "数据来源不清,请补充");

        assertThat(instance).isWaitingAt("CompileReport").hasNotPassed("EscalateReport")
                .variables().containsEntry("returnReason", "数据来源不清,请补充");
        report(instance, 41, 50);
        review(instance, "return", "仍未说明");

        assertThat(instance).isWaitingAt("EscalateReport");
        ProcessInstance escalation = calledEscalation(instance);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(escalation.getId()))
                .containsEntry("trigger", "RETURNED_TWICE").containsEntry("departmentId", LEAD)
                .containsEntry("itemId", fixture.itemId).containsEntry("periodLabel", "2025年第三季度")
                .containsEntry("itemLabel", "(三) 推进服务供给提质");
        resolve(escalation);

        assertThat(instance).isWaitingAt("CompileReport");
        report(instance, 42, 50);
        review(instance, "approve", "同意");
        assertThat(instance).isEnded();
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select max(revision) from pf_report where item_id = ?", fixture.itemId)).isEqualTo(3);
    }

    /** The figures a report or review task offers: value per target row, in the targets' order ("null" when empty). */
    private static List<String> offeredFigures(Task task) {
        Object rows = runtimeService().getVariableLocal(task.getExecutionId(), "targetValues");
        return org.camunda.spin.Spin.JSON(rows.toString()).elements().stream()
                .map(row -> row.prop("value").isNull() ? "null"
                        : new java.math.BigDecimal(row.prop("value").numberValue().toString()).stripTrailingZeros()
                                .toPlainString()).toList();
    }

    @Test
    void theFirstReportOffersTheContributorsSumsAndARevisionOpensWithEverythingThePreviousOneSaid() {
        ProcessInstance instance = startQ3(CONTRIBUTORS);
        contribute(instance, "zhujian");
        contribute(instance, "kunshan");
        reportOpens(instance);
        Task first = taskFor(instance, LEAD);
        // 满意度 (分) is a score, not a sum; 便民生活圈 (个) adds up: 12 + 12
        org.assertj.core.api.Assertions.assertThat(offeredFigures(first)).containsExactly("null", "24");
        Object rows = runtimeService().getVariableLocal(first.getExecutionId(), "contributions");
        org.assertj.core.api.Assertions.assertThat(org.camunda.spin.Spin.JSON(rows.toString()).elements())
                .extracting(row -> row.prop("figures").stringValue())
                .containsOnly("新建城市一刻钟便民生活圈100个:12个");

        Map<String, Object> overlong = new HashMap<>(Map.of("narrative", "长".repeat(10_001),
                "targetValues", fixture.figures(40, 50)));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> formService().submitTaskForm(first.getId(), overlong))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("「工作进展」不能超过10000个字");
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_report where item_id = ?", fixture.itemId)).isZero();

        report(instance, 40, 50);
        review(instance, "return", "数据来源不清,请补充");

        Task revision = taskFor(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(revision.getId()).isNotEqualTo(first.getId());
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariablesLocal(revision.getExecutionId(),
                        List.of("narrative", "problems", "nextSteps")))
                .containsEntry("narrative", "本期推进情况").containsEntry("problems", "无")
                .containsEntry("nextSteps", "继续推进");
        org.assertj.core.api.Assertions.assertThat(offeredFigures(revision)).containsExactly("40", "50");
    }

    @Test
    void redRatingEscalatesAfterApproval() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 10, 50);

        assertThat(instance).variables().containsEntry("itemRating", "RED");
        review(instance, "approve", "如实反映");

        assertThat(instance).isWaitingAt("EscalateReport");
        ProcessInstance escalation = calledEscalation(instance);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(escalation.getId()))
                .containsEntry("trigger", "RED_RATING").containsEntry("reason", "2025年第三季度进展评定为红灯");
        resolve(escalation);
        assertThat(instance).hasPassed("PeriodClosed").isEnded();
    }

    @Test
    void reminderThenUrgeThenEscalationWhenContributorStaysSilent() {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ContributionReminder").singleResult()
                .getDuedate()).isEqualTo(day(2025, 10, 8));

        fire("ContributionReminder");
        assertThat(instance).hasPassed("RemindContributor");
        fire("ContributionOverdue");
        assertThat(instance).hasPassed("UrgeContributor").isWaitingAt("SubmitContribution", "GraceExpired");
        org.assertj.core.api.Assertions.assertThat(fixture.count("""
                select count(*) from pf_reminder where item_id = ? and department_id = 'zhujian'
                and kind in ('REMINDER', 'URGE')""", fixture.itemId)).isEqualTo(2);

        fire("GraceExpired");
        assertThat(instance).isWaitingAt("EscalateOverdue", "SubmitContribution");
        ProcessInstance escalation = calledEscalation(instance);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(escalation.getId()))
                .containsEntry("trigger", "OVERDUE").containsEntry("departmentId", "zhujian");
        resolve(escalation);
        assertThat(instance).hasPassed("OverdueEscalationResolved").isWaitingAt("SubmitContribution");

        contribute(instance, "zhujian");
        assertThat(instance).hasPassed("ContributionSubmitted").isWaitingAt("ReportOpens");
    }

    @Test
    void compressedCalendarTakesMinuteOffsetsFromTheDmn() {
        Map<String, Object> variables = fixture.periodVariables(0, List.of("zhujian"));
        variables.put("calendarMode", "COMPRESSED");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("reporting-period",
                fixture.businessKey(), variables);

        Date due = day(2025, 10, 11);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ContributionReminder").singleResult()
                .getDuedate()).isEqualTo(new Date(due.getTime() - 2 * 60_000));
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(instance.getId(), "escalateAt"))
                .isEqualTo(new Date(due.getTime() + 3 * 60_000));
    }

    @Test
    void approvedExtensionMovesDueDatesAndTimers() {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        requestExtension(instance, "2025-10-31");

        assertThat(instance).isWaitingAt("ReviewExtensionRequest", "SubmitContribution");
        Task review = taskQuery().processDefinitionKey("extension-request").singleResult();
        org.assertj.core.api.Assertions.assertThat(review.getName())
                .isEqualTo("(三) 推进服务供给提质 · 2025年第三季度延期申请审核");
        formService().submitTaskForm(review.getId(), Map.of("decision", "approve", "reviewComment", "同意延期"));

        assertThat(instance).hasPassed("MoveDueDate").variables().containsEntry("dueAt", day(2025, 11, 1));
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "zhujian").getDueDate())
                .isEqualTo(day(2025, 11, 1));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ContributionOverdue").singleResult()
                .getDuedate()).isEqualTo(day(2025, 11, 1));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ContributionReminder").singleResult()
                .getDuedate()).isEqualTo(day(2025, 10, 29));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReportOpens").singleResult()
                .getDuedate()).isEqualTo(day(2025, 10, 25));
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_extension where item_id = ? and status = 'APPROVED'", fixture.itemId))
                .isEqualTo(1);
    }

    @Test
    void refusedExtensionKeepsTheDueDate() {
        ProcessInstance instance = startQ3(List.of());
        requestExtension(instance, "2025-10-31");
        Task review = taskQuery().processDefinitionKey("extension-request").singleResult();
        formService().submitTaskForm(review.getId(), Map.of("decision", "refuse", "reviewComment", "理由不充分"));
        reportOpens(instance);

        assertThat(instance).hasPassed("KeepDueDate").hasNotPassed("MoveDueDate")
                .variables().containsEntry("dueAt", day(2025, 10, 11));
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, LEAD).getDueDate()).isEqualTo(day(2025, 10, 11));
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_extension where item_id = ? and status = 'REFUSED'", fixture.itemId))
                .isEqualTo(1);
    }

    @Test
    void extensionAfterTheDueDateIsRefusedOutright() {
        ProcessInstance instance = startQ3(List.of());
        ClockUtil.setCurrentTime(day(2025, 10, 12));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> requestExtension(instance, "2025-10-31"))
                .isInstanceOf(RequestRejected.class).hasMessageContaining("截止日期已过");
        assertThat(instance).hasNotPassed("RegisterExtension");
    }

    @Test
    void negativeOrNonNumericFigureIsRefusedAndNothingWritten() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        String task = taskFor(instance, LEAD).getId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report(instance, -5, 50))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("不能为负数");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report(instance, "八十", 50))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("必须是数字");
        assertThat(instance).isWaitingAt("CompileReport");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, LEAD).getId()).isEqualTo(task);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_report where item_id = ?", fixture.itemId)).isZero();
    }

    @Test
    void oneContributorNeverSubmitsTheLeadStillReportsOnTimeAndOnlyTheContributorIsEscalated() {
        ProcessInstance instance = startQ3(CONTRIBUTORS);
        contribute(instance, "kunshan");

        reportOpens(instance);
        Task report = taskFor(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(report.getDueDate()).isEqualTo(day(2025, 10, 11));
        org.assertj.core.api.Assertions.assertThat(contributionRows(report)).containsExactly(
                "测试单位 zhujian|未报送|", "测试单位 kunshan|已报送 2025-08-01 09:00|kunshan已完成本期配合工作");
        // the same states as codes, for the web client to show in the page's language
        org.assertj.core.api.Assertions.assertThat(contributionCodes(report))
                .containsExactly("MISSING|null", "SUBMITTED|2025-08-01 09:00");
        report(instance, 40, 50);

        // rated on its own, punctual report; the missing material is recorded beside it, not held against it
        assertThat(instance).isWaitingAt("ReviewReport", "SubmitContribution").variables()
                .containsEntry("itemRating", "GREEN");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select days_late || ':' || contributions_missing || ':' || rating from v_report where item_id = ?")
                .param(fixture.itemId).query(String.class).single()).isEqualTo("0:1:GREEN");

        fire("ContributionReminder");
        fire("ContributionOverdue");
        fire("GraceExpired");
        ProcessInstance escalation = calledEscalation(instance);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(escalation.getId()))
                .containsEntry("departmentId", "zhujian").containsEntry("trigger", "OVERDUE");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select department_id || ':' || kind from pf_reminder where item_id = ? order by id")
                .param(fixture.itemId).query(String.class).list()).containsExactly("zhujian:REMINDER", "zhujian:URGE");

        review(instance, "approve", "同意");

        // the period closes on the lead's approved report: the silent contributor's task and escalation end with it
        assertThat(instance).hasPassed("EndOpenContributions", "PeriodClosed").hasNotPassed("EscalateReport")
                .isEnded();
        endedWith(escalation, "REPORT_APPROVED");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select department_id from pf_escalation where item_id = ?").param(fixture.itemId)
                .query(String.class).list()).containsExactly("zhujian");
    }

    @Test
    void aLeadThatDoesNotReportIsRemindedUrgedAndEscalatedItselfUntilItReports() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReportReminder").singleResult().getDuedate())
                .isEqualTo(day(2025, 10, 8));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReportOverdue").singleResult().getDuedate())
                .isEqualTo(day(2025, 10, 11));

        fire("ReportReminder");
        fire("ReportOverdue");
        assertThat(instance).hasPassed("RemindLead", "UrgeLead").isWaitingAt("CompileReport", "ReportGraceExpired");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select department_id || ':' || kind from pf_reminder where item_id = ? order by id")
                .param(fixture.itemId).query(String.class).list()).containsExactly(LEAD + ":REMINDER", LEAD + ":URGE");
        fire("ReportGraceExpired");
        ProcessInstance escalation = calledEscalation(instance);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(escalation.getId()))
                .containsEntry("departmentId", LEAD).containsEntry("trigger", "OVERDUE")
                .containsEntry("reason", "2025年第三季度进展报告逾期未报送,催办后宽限期已满");
        completeEscalationTask(escalation, "IssueNotice", Map.of("requirements", "请于整改期限内补报进展报告"));

        report(instance, 40, 50);

        endedWith(escalation, "MATERIAL_SUBMITTED");
        assertThat(instance).hasPassed("EndLeadEscalation", "LeadReported").isWaitingAt("ReviewReport");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select end_note from pf_escalation where process_instance_id = ?").param(escalation.getId())
                .query(String.class).single()).isEqualTo("逾期进展报告已报送,督办事由消除");
    }

    /** The 提醒 and 催办 sent about the review: body:kind:due date. */
    private List<String> officeReminders() {
        return fixture.jdbc.sql("""
                select department_id || ':' || kind || ':' || period_id, due_at from pf_reminder
                where item_id = ? and department_id = 'coordination-office' order by id""").param(fixture.itemId)
                .query((rs, row) -> rs.getString(1) + ":" + rs.getTimestamp(2).toInstant()).list();
    }

    @Test
    void theOfficeIsRemindedBeforeTheReviewIsDueAndUrgedAfterButNeverEscalated() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 40, 50);

        assertThat(instance).isWaitingAt("ReviewReport");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getDueDate())
                .isEqualTo(day(2025, 10, 18));
        // reviewReminderLead of reporting-deadlines.dmn: two days before the review's due date in a quarter
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewReminder").singleResult().getDuedate())
                .isEqualTo(day(2025, 10, 16));
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewOverdue").singleResult().getDuedate())
                .isEqualTo(day(2025, 10, 18));

        fire("ReviewReminder");
        fire("ReviewOverdue");

        assertThat(instance).hasPassed("RemindOffice", "OfficeReminded", "UrgeOffice", "OfficeUrged")
                .isWaitingAt("ReviewReport");
        String due = day(2025, 10, 18).toInstant().toString();
        long period = fixture.periodIds.get(0);
        org.assertj.core.api.Assertions.assertThat(officeReminders()).containsExactly(
                "coordination-office:REMINDER:" + period + ":" + due, "coordination-office:URGE:" + period + ":" + due);
        org.assertj.core.api.Assertions.assertThat(calledEscalation(instance)).isNull();
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId()).list()).isEmpty();

        review(instance, "approve", "同意");
        assertThat(instance).isEnded();
    }

    @Test
    void completingTheReviewCancelsItsReminderAndUrge() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 40, 50);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewReminder").count()).isOne();

        review(instance, "return", "数据来源不清,请补充");

        assertThat(instance).isWaitingAt("CompileReport");
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewReminder").count()).isZero();
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewOverdue").count()).isZero();
        org.assertj.core.api.Assertions.assertThat(officeReminders()).isEmpty();
    }

    @Test
    void aReturnedReportIsDueAgainAfterTheRevisionPeriodAndChasedOnThatDate() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 40, 50);
        review(instance, "return", "数据来源不清,请补充");

        assertThat(instance).isWaitingAt("CompileReport");
        Date revisionDue = Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(5)));
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, LEAD).getDueDate()).isEqualTo(revisionDue);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReportOverdue").singleResult().getDuedate())
                .isEqualTo(revisionDue);

        // returned early: the revision's review keeps the period's review date
        report(instance, 45, 55);
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getDueDate())
                .isEqualTo(day(2025, 10, 18));
    }

    @Test
    void aLateRevisionsReviewIsDueAfterTheRevisionSoTheOfficeIsNotUrgedOnArrival() {
        ProcessInstance instance = startQ3(List.of());
        reportOpens(instance);
        report(instance, 40, 50);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2025, 10, 15).atTime(10, 0).atZone(ProcessFixture.ZONE)
                .toInstant()));
        review(instance, "return", "数据来源不清,请补充");
        report(instance, 45, 55);

        // the revision was due 2025-10-20 10:00: its review seven days after that, reminded two days before
        Date reviewDue = Date.from(LocalDate.of(2025, 10, 27).atTime(10, 0).atZone(ProcessFixture.ZONE).toInstant());
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getDueDate())
                .isEqualTo(reviewDue);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewOverdue").singleResult().getDuedate())
                .isEqualTo(reviewDue);
        org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("ReviewReminder").singleResult().getDuedate())
                .isEqualTo(Date.from(reviewDue.toInstant().minus(java.time.Duration.ofDays(2))));
    }

    @Test
    void aContributionArrivingDuringTheReviewIsShownToTheReviewer() {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        reportOpens(instance);
        report(instance, 40, 50);
        Task review = taskFor(instance, "coordination-office");
        org.assertj.core.api.Assertions.assertThat(contributionRows(review)).containsExactly("测试单位 zhujian|未报送|");

        contribute(instance, "zhujian");

        org.assertj.core.api.Assertions.assertThat(contributionRows(review))
                .containsExactly("测试单位 zhujian|已报送 2025-08-01 09:00|zhujian已完成本期配合工作");
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_contribution where item_id = ?", fixture.itemId)).isEqualTo(1);
        review(instance, "approve", "同意");
        assertThat(instance).isEnded();
    }

    @Test
    void aContributionArrivingWhileTheLeadWritesIsAddedToTheOpenReport() {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        reportOpens(instance);
        Task report = taskFor(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(contributionRows(report)).containsExactly("测试单位 zhujian|未报送|");

        contribute(instance, "zhujian");

        org.assertj.core.api.Assertions.assertThat(contributionRows(report))
                .containsExactly("测试单位 zhujian|已报送 2025-08-01 09:00|zhujian已完成本期配合工作");
        report(instance, 40, 50);
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select contributions_missing from v_report where item_id = ?")
                .param(fixture.itemId).query(Integer.class).single()).isZero();
    }

    /** The states the contributor's overdue escalation waits in: for the notice, the rectification, its check. */
    enum EscalationState {
        NOTICE, RECTIFICATION, CHECK
    }

    /** zhujian's material is overdue, the grace has passed and its escalation waits in the given state. */
    private ProcessInstance escalated(ProcessInstance instance, EscalationState state) {
        fire("ContributionOverdue");
        fire("GraceExpired");
        ProcessInstance escalation = calledEscalation(instance);
        if (state != EscalationState.NOTICE) {
            completeEscalationTask(escalation, "IssueNotice", Map.of("requirements", "请于整改期限内补报并说明原因"));
        }
        if (state == EscalationState.CHECK) {
            completeEscalationTask(escalation, "SubmitRectification",
                    Map.of("rectificationText", "正在补报本期进展材料", "measures", "明确专人负责,按月跟踪"));
        }
        return escalation;
    }

    /** The escalation ended through its event subprocess with this cause, and nobody is left a task in it. */
    private void endedWith(ProcessInstance escalation, String cause) {
        assertThat(escalation).hasPassed("RecordEscalationEnd").hasNotPassed("EscalationResolved").isEnded();
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(escalation.getId()).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select status || ':' || end_cause from pf_escalation where process_instance_id = ?")
                .param(escalation.getId()).query(String.class).single()).isEqualTo("ENDED:" + cause);
    }

    @ParameterizedTest
    @EnumSource(EscalationState.class)
    void lateMaterialEndsTheContributorsEscalationInEachState(EscalationState state) {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        ProcessInstance escalation = escalated(instance, state);

        contribute(instance, "zhujian");

        endedWith(escalation, "MATERIAL_SUBMITTED");
        assertThat(instance).hasPassed("EndContributorEscalation", "OverdueEscalationResolved", "ContributionSubmitted")
                .isWaitingAt("ReportOpens");
    }

    @ParameterizedTest
    @EnumSource(EscalationState.class)
    void grantedExtensionEndsTheOverdueEscalationInEachState(EscalationState state) {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        requestExtension(instance, "2025-10-31");
        ProcessInstance escalation = escalated(instance, state);

        Task review = taskQuery().processDefinitionKey("extension-request").singleResult();
        formService().submitTaskForm(review.getId(), Map.of("decision", "approve", "reviewComment", "同意延期"));

        endedWith(escalation, "EXTENSION_GRANTED");
        assertThat(instance).hasPassed("MoveDueDate", "EndOverdueEscalations", "OverdueEscalationResolved")
                .isWaitingAt("SubmitContribution");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "zhujian").getDueDate())
                .isEqualTo(day(2025, 11, 1));
    }

    @ParameterizedTest
    @EnumSource(EscalationState.class)
    void cancelledPeriodRecordsItsEscalationAsCancelledInEachState(EscalationState state) {
        ProcessInstance instance = startQ3(List.of("zhujian"));
        ProcessInstance escalation = escalated(instance, state);

        runtimeService().deleteProcessInstance(instance.getId(), "事项已撤销");

        assertThat(escalation).isEnded();
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select status || ':' || end_cause from pf_escalation where process_instance_id = ?")
                .param(escalation.getId()).query(String.class).single()).isEqualTo("ENDED:CANCELLED");
    }

    private void requestExtension(ProcessInstance instance, String date) {
        runtimeService().createMessageCorrelation("extension-requested").processInstanceId(instance.getId())
                .setVariable("extensionReason", "省级验收推迟").setVariable("requestedDueDate", date).correlate();
    }

    private static ProcessInstance calledEscalation(ProcessInstance caller) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .processDefinitionKey("escalation").singleResult();
    }

    /** Runs the called bpmn/escalation.bpmn to an accepted rectification: notice, answer, check. */
    private static void resolve(ProcessInstance escalation) {
        completeEscalationTask(escalation, "IssueNotice", Map.of("requirements", "请于整改期限内补报并说明原因"));
        completeEscalationTask(escalation, "SubmitRectification",
                Map.of("rectificationText", "已补报本期进展材料", "measures", "明确专人负责,按月跟踪"));
        completeEscalationTask(escalation, "CheckRectification", Map.of("checkResult", "RESOLVED", "checkComment", "已核实"));
        assertThat(escalation).isEnded();
    }

    private static void completeEscalationTask(ProcessInstance escalation, String activityId, Map<String, Object> values) {
        Task task = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(activityId).singleResult();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task, values);
    }
}
