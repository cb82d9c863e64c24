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
import static org.policyflow.reporting.ProcessFixture.OTHER_LEAD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** Drives action-item.bpmn: assignment, acknowledgement, one reporting cycle per period and the final assessment. */
@Deployment(resources = {"bpmn/action-item.bpmn", "bpmn/reporting-period.bpmn", "bpmn/extension-request.bpmn",
        "bpmn/escalation.bpmn", "bpmn/escalation-level.dmn", "bpmn/traffic-light.dmn", "bpmn/review-routing.dmn",
        "bpmn/reporting-deadlines.dmn"})
class ActionItemProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION)
            .assertClassCoverageAtLeast(0.9)
            .excludeProcessDefinitionKeys("reporting-period", "extension-request", "escalation").build();

    private ProcessFixture fixture;

    @AfterEach
    void reset() {
        ProcessFixture.reset();
    }

    @BeforeEach
    void fixture() {
        // beside the Spring Boot tests' engines in this JVM, bind the assertions to this engine
        BpmnAwareTests.init(engine.getProcessEngine());
        fixture = new ProcessFixture();
    }

    private ProcessInstance start(String lead, List<String> supporting, List<String> contributors) {
        fixture.item(lead, contributors);
        return runtimeService().startProcessInstanceByKey("action-item", fixture.businessKey(),
                fixture.actionItemVariables(lead, supporting, contributors));
    }

    private Task taskFor(ProcessInstance instance, String group) {
        return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).singleResult();
    }

    private void acknowledgeAsLead(ProcessInstance instance, String lead) {
        Task task = taskFor(instance, lead);
        List<Map<String, Object>> milestones = new java.util.ArrayList<>();
        for (Long periodId : fixture.periodIds) {
            for (Long targetId : fixture.targetIds) {
                milestones.add(Map.of("periodId", periodId, "targetId", targetId, "milestone", "完成阶段任务",
                        "plannedValue", 30));
            }
        }
        formService().submitTaskForm(task.getId(), Map.of("acknowledgement", "accept", "milestones", milestones));
    }

    private void contest(ProcessInstance instance, String lead) {
        formService().submitTaskForm(taskFor(instance, lead).getId(),
                Map.of("acknowledgement", "contest", "contestReason", "本单位不承担该项职能"));
    }

    private void assignLead(ProcessInstance instance, String lead) {
        formService().submitTaskForm(taskFor(instance, "coordination-office").getId(),
                Map.of("assignedLeadId", lead, "assignmentComment", "按职责调整"));
    }

    /** One reporting period: its report opens on the calendar, the lead reports on target, the office approves. */
    private void reportAndApprove(String lead) {
        Job opens = jobQuery().processDefinitionKey("reporting-period").activityId("ReportOpens").singleResult();
        managementService().executeJob(opens.getId());
        Task report = taskQuery().processDefinitionKey("reporting-period").taskCandidateGroup(lead).singleResult();
        formService().submitTaskForm(report.getId(), Map.of("narrative", "进展顺利", "targetValues",
                fixture.figures(85, 100)));
        Task review = taskQuery().processDefinitionKey("reporting-period")
                .taskCandidateGroup("coordination-office").singleResult();
        Map<String, Object> decision = new HashMap<>();
        decision.put("reviewDecision", "approve");
        formService().submitTaskForm(review.getId(), decision);
    }

    private void assess(ProcessInstance instance) {
        formService().submitTaskForm(taskFor(instance, "coordination-office").getId(), Map.of(
                "assessmentResult", "COMPLETED", "assessmentScore", 95, "assessmentComment", "全面完成年度目标"));
    }

    @Test
    void leadAndContributorsAcknowledgeThenEveryPeriodIsReportedAndAssessed() {
        ProcessInstance instance = start(LEAD, List.of("zhujian"), CONTRIBUTORS);

        assertThat(instance).isWaitingAt("AcknowledgeLead", "AcknowledgePart");
        Task lead = taskFor(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(lead.getName()).isEqualTo("(三) 推进服务供给提质 · 签收并制定工作计划");
        org.assertj.core.api.Assertions.assertThat(lead.getDueDate()).isNotNull();
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("AcknowledgePart").count()).isEqualTo(2);
        acknowledgeAsLead(instance, LEAD);
        for (String contributor : CONTRIBUTORS) {
            formService().submitTaskForm(taskFor(instance, contributor).getId(), Map.of("partAcknowledged", true));
        }

        assertThat(instance).hasPassed("JoinAcknowledgement").isWaitingAt("ReportingCycles");
        for (int period = 0; period < 3; period++) {
            for (String contributor : CONTRIBUTORS) {
                Task contribution = taskQuery().processDefinitionKey("reporting-period")
                        .taskCandidateGroup(contributor).singleResult();
                formService().submitTaskForm(contribution.getId(), Map.of("contributionNarrative", "已配合完成"));
            }
            reportAndApprove(LEAD);
        }

        assertThat(instance).isWaitingAt("FinalAssessment");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getName())
                .isEqualTo("(三) 推进服务供给提质 · 年度考核评定");
        assess(instance);

        assertThat(instance).hasPassed("ItemClosed").isEnded();
        org.assertj.core.api.Assertions.assertThat(fixture.count("""
                select count(*) from pf_acknowledgement where item_id = ? and outcome = 'ACCEPTED'
                and role in ('LEAD', 'SUPPORTING', 'IMPLEMENTER')""", fixture.itemId)).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(fixture.count("""
                select count(*) from pf_milestone m join pf_work_plan w on w.id = m.work_plan_id
                where w.item_id = ?""", fixture.itemId)).isEqualTo(6);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_report where item_id = ? and rating = 'GREEN'", fixture.itemId))
                .isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select score from pf_assessment where item_id = ?", fixture.itemId)).isEqualTo(95);
    }

    private void fire(ProcessInstance instance, String activityId) {
        managementService().executeJob(jobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult().getId());
    }

    private String escalationOf(ProcessInstance instance, String body) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey("escalation").variableValueEquals("departmentId", body).singleResult().getId();
    }

    @Test
    void lateAcknowledgementsAreRemindedUrgedAndEscalatedEachToItsOwnBody() {
        ProcessInstance instance = start(LEAD, List.of("zhujian"), List.of("zhujian"));
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId())
                .activityId("LeadAckReminder").singleResult().getDuedate()).isEqualTo(java.util.Date.from(
                ProcessFixture.TODAY.plusDays(5).atStartOfDay(ProcessFixture.ZONE).toInstant()));

        for (String timer : List.of("LeadAckReminder", "LeadAckOverdue", "PartAckReminder", "PartAckOverdue")) {
            fire(instance, timer);
        }
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql("""
                        select department_id || ':' || kind from pf_reminder where item_id = ? and period_id is null
                        order by department_id, id""").param(fixture.itemId).query(String.class).list())
                .containsExactly(LEAD + ":REMINDER", LEAD + ":URGE", "zhujian:REMINDER", "zhujian:URGE");
        fire(instance, "LeadAckGraceExpired");
        fire(instance, "PartAckGraceExpired");
        String leadEscalation = escalationOf(instance, LEAD);
        String partEscalation = escalationOf(instance, "zhujian");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(leadEscalation, "reason"))
                .isEqualTo("事项签收逾期未办理,催办后宽限期已满");

        formService().submitTaskForm(taskFor(instance, "zhujian").getId(), Map.of("partAcknowledged", true));
        acknowledgeAsLead(instance, LEAD);

        assertThat(instance).hasPassed("EndLeadAckEscalation", "LeadAckEscalationResolved", "EndPartAckEscalation",
                "PartAckEscalationResolved").isWaitingAt("ReportingCycles");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql("""
                        select department_id || ':' || status || ':' || end_cause from pf_escalation where item_id = ?
                        order by department_id""").param(fixture.itemId).query(String.class).list())
                .containsExactly(LEAD + ":ENDED:MATERIAL_SUBMITTED", "zhujian:ENDED:MATERIAL_SUBMITTED");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select end_note from pf_escalation where item_id = ? order by department_id")
                .param(fixture.itemId).query(String.class).list())
                .containsExactly("牵头单位已签收,签收逾期督办事由消除", "已签收,签收逾期督办事由消除");
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(leadEscalation).count()
                + taskQuery().processInstanceId(partEscalation).count()).isZero();
    }

    @Test
    void oneTimerPerAcknowledgementStageChasesOnlyTheBodiesStillOpen() {
        ProcessInstance instance = start(LEAD, List.of("zhujian"), CONTRIBUTORS);
        // two bodies acknowledge their parts, yet the stage has one reminder and one overdue timer, not two per body
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId())
                .activityId("PartAckReminder").count()).isOne();
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId())
                .activityId("PartAckOverdue").count()).isOne();
        formService().submitTaskForm(taskFor(instance, "kunshan").getId(), Map.of("partAcknowledged", true));

        fire(instance, "PartAckReminder");
        fire(instance, "PartAckOverdue");
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql("""
                        select department_id || ':' || kind from pf_reminder where item_id = ? and period_id is null
                        order by id""").param(fixture.itemId).query(String.class).list())
                .containsExactly("zhujian:REMINDER", "zhujian:URGE");
        fire(instance, "PartAckGraceExpired");
        String escalation = escalationOf(instance, "zhujian");
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).processDefinitionKey("escalation").count()).isOne();

        formService().submitTaskForm(taskFor(instance, "zhujian").getId(), Map.of("partAcknowledged", true));
        assertThat(instance).hasPassed("PartAckEscalationResolved");
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processInstanceId(escalation).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql(
                        "select department_id || ':' || status || ':' || end_cause from pf_escalation where item_id = ?")
                .param(fixture.itemId).query(String.class).list())
                .containsExactly("zhujian:ENDED:MATERIAL_SUBMITTED");
    }

    @Test
    void theStageTimersGoWhenEveryPartIsAcknowledged() {
        ProcessInstance instance = start(LEAD, List.of("zhujian"), CONTRIBUTORS);
        for (String body : CONTRIBUTORS) {
            formService().submitTaskForm(taskFor(instance, body).getId(), Map.of("partAcknowledged", true));
        }
        org.assertj.core.api.Assertions.assertThat(List.of("PartAckReminder", "PartAckOverdue", "LeadAckReminder",
                "LeadAckOverdue")).map(timer -> jobQuery().processInstanceId(instance.getId()).activityId(timer).count())
                .containsExactly(0L, 0L, 1L, 1L);
    }

    @Test
    void contestedLeadIsReassignedByTheCoordinatingOffice() {
        ProcessInstance instance = start(LEAD, List.of(), List.of());
        contest(instance, LEAD);

        assertThat(instance).isWaitingAt("AssignLead").variables()
                .containsEntry("lastContestReason", "本单位不承担该项职能");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getName())
                .isEqualTo("(三) 推进服务供给提质 · 确定牵头单位");
        assignLead(instance, OTHER_LEAD);

        assertThat(instance).isWaitingAt("AcknowledgeLead").variables().containsEntry("leadDepartmentId", OTHER_LEAD);
        acknowledgeAsLead(instance, OTHER_LEAD);
        assertThat(instance).isWaitingAt("ReportingCycles");
        org.assertj.core.api.Assertions.assertThat(fixture.count("""
                select count(*) from pf_acknowledgement where item_id = ? and outcome in ('CONTESTED', 'ASSIGNED')""",
                fixture.itemId)).isEqualTo(2);
    }

    @Test
    void itemWithoutLeadStartsAtTheCoordinatingOffice() {
        ProcessInstance instance = start(null, List.of(), List.of());

        assertThat(instance).isWaitingAt("AssignLead").hasNotPassed("AcknowledgeLead");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assignLead(instance, "no-such-body"))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("不是已登记的单位");
        assignLead(instance, LEAD);

        assertThat(instance).isWaitingAt("AcknowledgeLead");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, LEAD)).isNotNull();
    }

    @Test
    void assessmentScoreOutsideZeroToHundredIsRefused() {
        ProcessInstance instance = start(LEAD, List.of(), List.of());
        acknowledgeAsLead(instance, LEAD);
        for (int period = 0; period < 3; period++) {
            reportAndApprove(LEAD);
        }
        Task task = taskFor(instance, "coordination-office");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> formService().submitTaskForm(task.getId(), Map.of(
                "assessmentResult", "COMPLETED", "assessmentScore", 120, "assessmentComment", "好")))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("0到100");
        assertThat(instance).isWaitingAt("FinalAssessment");
        assess(instance);
        assertThat(instance).isEnded();
    }

    private static java.util.Date at(java.time.LocalDateTime time) {
        return java.util.Date.from(time.atZone(ProcessFixture.ZONE).toInstant());
    }

    private java.util.Date timer(ProcessInstance instance, String activityId) {
        return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getDuedate();
    }

    private long timers(ProcessInstance instance, String... activityIds) {
        return java.util.Arrays.stream(activityIds)
                .mapToLong(id -> jobQuery().processInstanceId(instance.getId()).activityId(id).count()).sum();
    }

    /** The 提醒 and 催办 sent to a body about no reporting period: kind@due date. */
    private List<String> remindersOf(String body) {
        return fixture.jdbc.sql("""
                select kind, due_at from pf_reminder where item_id = ? and department_id = ? and period_id is null
                order by id""").params(fixture.itemId, body)
                .query((rs, row) -> rs.getString(1) + "@" + rs.getTimestamp(2).toInstant()).list();
    }

    @Test
    void aLateLeadThatContestsEndsItsEscalationAsReassignedAndTheNewLeadGetsItsOwnDueDate() {
        ProcessInstance instance = start(LEAD, List.of("zhujian"), List.of("zhujian"));
        java.util.Date firstDue = at(ProcessFixture.TODAY.plusDays(7).atStartOfDay());
        for (String timer : List.of("LeadAckReminder", "LeadAckOverdue", "LeadAckGraceExpired")) {
            fire(instance, timer);
        }
        String escalation = escalationOf(instance, LEAD);

        // ten days late, the lead contests: the item goes back to the office and the lead's escalation ends with it
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(ProcessFixture.TODAY.plusDays(10).atTime(10, 0)));
        contest(instance, LEAD);
        org.assertj.core.api.Assertions.assertThat(fixture.jdbc.sql("""
                        select status || ':' || end_cause || ':' || end_note from pf_escalation
                        where process_instance_id = ?""").param(escalation).query(String.class).single())
                .isEqualTo("ENDED:ITEM_REASSIGNED:牵头单位提出异议,事项交协调办公室重新确定牵头单位");
        assertThat(instance).isWaitingAt("AssignLead", "AcknowledgePart");

        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(ProcessFixture.TODAY.plusDays(12).atTime(15, 0)));
        assignLead(instance, OTHER_LEAD);

        // the new lead's 签收 is due acknowledgePeriod (P10D) after the assignment, chased on that date
        java.util.Date newDue = at(ProcessFixture.TODAY.plusDays(22).atTime(15, 0));
        assertThat(instance).isWaitingAt("AcknowledgeLead", "AcknowledgePart");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, OTHER_LEAD).getDueDate()).isEqualTo(newDue);
        org.assertj.core.api.Assertions.assertThat(timer(instance, "LeadAckOverdue")).isEqualTo(newDue);
        org.assertj.core.api.Assertions.assertThat(timer(instance, "LeadAckReminder"))
                .isEqualTo(at(ProcessFixture.TODAY.plusDays(20).atTime(15, 0)));
        // the supporting body's 签收 keeps the first due date
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "zhujian").getDueDate()).isEqualTo(firstDue);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(instance.getId(), "acknowledgeDueAt"))
                .isEqualTo(firstDue);

        fire(instance, "LeadAckOverdue");
        org.assertj.core.api.Assertions.assertThat(remindersOf(OTHER_LEAD))
                .containsExactly("URGE@" + newDue.toInstant());
        fire(instance, "PartAckOverdue");
        org.assertj.core.api.Assertions.assertThat(remindersOf("zhujian"))
                .containsExactly("URGE@" + firstDue.toInstant());
    }

    @Test
    void theOfficeIsRemindedAndUrgedToNameALeadAndNamingOneEndsTheChase() {
        ProcessInstance instance = start(null, List.of(), List.of());
        java.util.Date due = at(ProcessFixture.TODAY.plusDays(7).atStartOfDay());
        assertThat(instance).isWaitingAt("AssignLead");
        org.assertj.core.api.Assertions.assertThat(taskFor(instance, "coordination-office").getDueDate()).isEqualTo(due);
        // officeReminderLead of acknowledgement-deadlines: two days before
        org.assertj.core.api.Assertions.assertThat(timer(instance, "AssignLeadReminder"))
                .isEqualTo(at(ProcessFixture.TODAY.plusDays(5).atStartOfDay()));
        org.assertj.core.api.Assertions.assertThat(timer(instance, "AssignLeadOverdue")).isEqualTo(due);

        fire(instance, "AssignLeadReminder");
        fire(instance, "AssignLeadOverdue");

        assertThat(instance).hasPassed("RemindAssignLead", "AssignLeadReminded", "UrgeAssignLead", "AssignLeadUrged")
                .isWaitingAt("AssignLead");
        org.assertj.core.api.Assertions.assertThat(remindersOf("coordination-office"))
                .containsExactly("REMINDER@" + due.toInstant(), "URGE@" + due.toInstant());
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).count()).isZero();

        assignLead(instance, LEAD);
        assertThat(instance).isWaitingAt("AcknowledgeLead");
        org.assertj.core.api.Assertions.assertThat(timers(instance, "AssignLeadReminder", "AssignLeadOverdue")).isZero();
    }

    @Test
    void namingALeadBeforeItsDueDateCancelsTheOfficesReminderAndUrge() {
        ProcessInstance instance = start(null, List.of(), List.of());
        org.assertj.core.api.Assertions.assertThat(timers(instance, "AssignLeadReminder", "AssignLeadOverdue"))
                .isEqualTo(2);

        assignLead(instance, LEAD);

        org.assertj.core.api.Assertions.assertThat(timers(instance, "AssignLeadReminder", "AssignLeadOverdue")).isZero();
        org.assertj.core.api.Assertions.assertThat(remindersOf("coordination-office")).isEmpty();
    }

    @Test
    void theOfficeIsRemindedAndUrgedToAssessAndTheAssessmentEndsTheChase() {
        ProcessInstance instance = start(LEAD, List.of(), List.of());
        acknowledgeAsLead(instance, LEAD);
        for (int period = 0; period < 3; period++) {
            reportAndApprove(LEAD);
        }
        assertThat(instance).isWaitingAt("FinalAssessment");
        java.util.Date due = at(java.time.LocalDate.of(2026, 2, 10).atStartOfDay());
        org.assertj.core.api.Assertions.assertThat(timer(instance, "AssessmentReminder"))
                .isEqualTo(at(java.time.LocalDate.of(2026, 2, 8).atStartOfDay()));
        org.assertj.core.api.Assertions.assertThat(timer(instance, "AssessmentOverdue")).isEqualTo(due);

        fire(instance, "AssessmentReminder");
        fire(instance, "AssessmentOverdue");

        assertThat(instance).hasPassed("RemindAssessment", "AssessmentReminded", "UrgeAssessment", "AssessmentUrged")
                .isWaitingAt("FinalAssessment");
        org.assertj.core.api.Assertions.assertThat(remindersOf("coordination-office"))
                .containsExactly("REMINDER@" + due.toInstant(), "URGE@" + due.toInstant());

        assess(instance);
        assertThat(instance).isEnded();
    }
}
