package org.policyflow.migration;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.policyflow.reporting.ProcessFixture.CONTRIBUTORS;
import static org.policyflow.reporting.ProcessFixture.LEAD;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import org.policyflow.migration.MigrationApi.MigrationAdjustment;
import org.policyflow.migration.MigrationApi.MigrationUnmapped;
import org.policyflow.migration.MigrationPlanner.Planned;
import org.policyflow.reporting.ProcessFixture;

/**
 * Running instances of today's action-item, reporting-period and escalation moved to a changed version 2 (a renamed
 * task, a changed documentation) at each wait state, through the planner's plan and a Camunda batch, then run to the
 * end: no incident, no task lost or doubled, every pending timer still there with its due date and firing once.
 */
@Deployment(resources = {"bpmn/action-item.bpmn", "bpmn/reporting-period.bpmn", "bpmn/extension-request.bpmn",
        "bpmn/escalation.bpmn", "bpmn/escalation-level.dmn", "bpmn/traffic-light.dmn", "bpmn/review-routing.dmn",
        "bpmn/reporting-deadlines.dmn"})
class MigrationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource(ProcessFixture.ENGINE_CONFIGURATION).build();

    private ProcessFixture fixture;
    private MigrationPlanner planner;
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void fixture() {
        BpmnAwareTests.init(engine.getProcessEngine());
        fixture = new ProcessFixture();
        planner = new MigrationPlanner(repositoryService(), runtimeService(), managementService());
    }

    @AfterEach
    void reset() {
        engine.getProcessEngine().getIdentityService().clearAuthentication();
        // the versions 2 would be the latest for the other process tests on this engine
        deployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        ProcessFixture.reset();
    }

    /** Deploys the model with the replacements made (old text → new text), as version 2. */
    private void deployChanged(String resource, String... replacements) {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < replacements.length; i += 2) {
            org.assertj.core.api.Assertions.assertThat(xml).contains(replacements[i]);
            xml = xml.replace(replacements[i], replacements[i + 1]);
        }
        deployments.add(repositoryService().createDeployment().addString(resource, xml).deploy().getId());
    }

    /** Every running instance of the key's older versions moved to the latest by the planner's plan, as a batch. */
    private void migrateAll(String key) {
        ProcessDefinition target = planner.latest(key);
        org.assertj.core.api.Assertions.assertThat(target.getVersion()).isGreaterThan(1);
        for (ProcessDefinition source : planner.sources(target)) {
            Planned planned = planner.plan(source, target, List.of());
            org.assertj.core.api.Assertions.assertThat(planned.planProblems()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(planned.unmapped()).as("wait states left behind")
                    .filteredOn(unmapped -> unmapped.waiting() > 0).isEmpty();
            Batch batch = runtimeService().newMigration(planned.plan()).processInstanceQuery(
                    runtimeService().createProcessInstanceQuery().processDefinitionId(source.getId())).executeAsync();
            runBatch(batch);
        }
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(key).list()).extracting(ProcessInstance::getProcessDefinitionId)
                .containsOnly(target.getId());
    }

    /** The batch's seed job, its migration jobs and its monitor job, as the job executor would run them. */
    private static void runBatch(Batch batch) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : managementService().createJobQuery().jobDefinitionId(definition).list()) {
                managementService().executeJob(job.getId());
            }
        }
        org.assertj.core.api.Assertions.assertThat(managementService().createBatchQuery().batchId(batch.getId())
                .count()).as("batch over").isZero();
    }

    /** The instance's timers and tasks: activity → due dates, task id → task definition key and candidate. */
    private static Map<String, List<String>> waiting(ProcessInstance instance) {
        Map<String, List<String>> state = new TreeMap<>();
        for (Job job : managementService().createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            String activity = managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            state.computeIfAbsent("timer " + activity, k -> new ArrayList<>())
                    .add(job.getDuedate().toInstant().toString());
        }
        for (Task task : taskQuery().processInstanceId(instance.getId()).list()) {
            state.computeIfAbsent("task " + task.getTaskDefinitionKey(), k -> new ArrayList<>()).add(task.getId());
        }
        state.values().forEach(values -> values.sort(String::compareTo));
        return state;
    }

    private static void fireOnce(ProcessInstance instance, String activityId) {
        List<Job> timers = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        org.assertj.core.api.Assertions.assertThat(timers).as(activityId).hasSize(1);
        managementService().executeJob(timers.get(0).getId());
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(activityId).count()).as(activityId + " fired once")
                .isZero();
    }

    private static void noIncidentsNoDoubledTasks(ProcessInstance instance) {
        org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
        Map<String, Long> tasks = historyService().createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).list().stream().collect(Collectors.groupingBy(
                        task -> task.getTaskDefinitionKey() + "/" + task.getExecutionId(), Collectors.counting()));
        org.assertj.core.api.Assertions.assertThat(tasks.values()).as("one task per activity and execution")
                .containsOnly(1L);
    }

    private Task taskFor(String processInstanceId, String group) {
        return taskQuery().processInstanceId(processInstanceId).taskCandidateGroup(group).singleResult();
    }

    private static void as(String userId) {
        engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(userId);
    }

    private long reminders(String department, String kind) {
        return fixture.count("select count(*) from pf_reminder where item_id = ? and department_id = ? and kind = ?",
                fixture.itemId, department, kind);
    }

    @Test
    void anItemWaitingForItsSignOffsMovesWithItsStageTimersAndRunsToTheEnd() {
        fixture.item(LEAD, CONTRIBUTORS);
        ProcessInstance item = runtimeService().startProcessInstanceByKey("action-item", fixture.businessKey(),
                fixture.actionItemVariables(LEAD, List.of("zhujian"), CONTRIBUTORS));
        assertThat(item).isWaitingAt("AcknowledgeLead", "AcknowledgePart");
        Map<String, List<String>> before = waiting(item);
        org.assertj.core.api.Assertions.assertThat(before).containsKeys("timer LeadAckReminder",
                "timer LeadAckOverdue", "timer PartAckReminder", "timer PartAckOverdue");

        deployChanged("bpmn/action-item.bpmn", "name=\"年度考核评定\"", "name=\"年度考核评定(年终)\"",
                "· 年度考核评定</camunda:inputParameter>", "· 年度考核评定(年终)</camunda:inputParameter>",
                "牵头单位签收事项,并为每个报告期", "牵头单位签收事项(可附说明),并为每个报告期");
        migrateAll("action-item");

        org.assertj.core.api.Assertions.assertThat(waiting(item)).as("same tasks, same timers, same due dates")
                .isEqualTo(before);
        for (String timer : List.of("LeadAckReminder", "PartAckReminder")) {
            fireOnce(item, timer);
        }
        org.assertj.core.api.Assertions.assertThat(List.of(reminders(LEAD, "REMINDER"),
                reminders("zhujian", "REMINDER"), reminders("kunshan", "REMINDER"))).containsOnly(1L);

        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Long periodId : fixture.periodIds) {
            for (Long targetId : fixture.targetIds) {
                milestones.add(Map.of("periodId", periodId, "targetId", targetId, "milestone", "完成阶段任务",
                        "plannedValue", 30));
            }
        }
        formService().submitTaskForm(taskFor(item.getId(), LEAD).getId(), Map.of("acknowledgement", "accept",
                "milestones", milestones));
        for (String contributor : CONTRIBUTORS) {
            formService().submitTaskForm(taskFor(item.getId(), contributor).getId(), Map.of("partAcknowledged", true));
        }
        for (int period = 0; period < 3; period++) {
            ProcessInstance cycle = runtimeService().createProcessInstanceQuery().superProcessInstanceId(item.getId())
                    .processDefinitionKey("reporting-period").singleResult();
            for (String contributor : CONTRIBUTORS) {
                formService().submitTaskForm(taskFor(cycle.getId(), contributor).getId(),
                        Map.of("contributionNarrative", "已配合完成"));
            }
            ProcessFixture.openReport(managementService(), cycle.getId());
            reportAndApprove(cycle);
        }
        Task assessment = taskFor(item.getId(), "coordination-office");
        org.assertj.core.api.Assertions.assertThat(assessment.getName()).endsWith("年度考核评定(年终)");
        formService().submitTaskForm(assessment.getId(), Map.of("assessmentResult", "COMPLETED",
                "assessmentScore", 95, "assessmentComment", "全面完成年度目标"));

        assertThat(item).isEnded();
        noIncidentsNoDoubledTasks(item);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_acknowledgement where item_id = ?", fixture.itemId)).isEqualTo(3);
    }

    private void reportAndApprove(ProcessInstance cycle) {
        formService().submitTaskForm(taskFor(cycle.getId(), LEAD).getId(), Map.of("narrative", "进展顺利",
                "targetValues", fixture.figures(85, 100)));
        Map<String, Object> decision = new HashMap<>();
        decision.put("reviewDecision", "approve");
        formService().submitTaskForm(taskFor(cycle.getId(), "coordination-office").getId(), decision);
    }

    @Test
    void aReportUnderReviewWithAContributionOutstandingMovesAndEachTimerFiresOnce() {
        fixture.item(LEAD, CONTRIBUTORS);
        ProcessInstance period = runtimeService().startProcessInstanceByKey("reporting-period",
                fixture.businessKey(), fixture.periodVariables(0, CONTRIBUTORS));
        formService().submitTaskForm(taskFor(period.getId(), "zhujian").getId(),
                Map.of("contributionNarrative", "已配合完成"));
        ProcessFixture.openReport(managementService(), period.getId());
        formService().submitTaskForm(taskFor(period.getId(), LEAD).getId(), Map.of("narrative", "本期推进情况",
                "targetValues", fixture.figures(85, 100)));
        assertThat(period).isWaitingAt("SubmitContribution", "ReviewReport");
        Map<String, List<String>> before = waiting(period);
        org.assertj.core.api.Assertions.assertThat(before).containsKeys("timer ContributionReminder",
                "timer ContributionOverdue", "timer ReviewReminder");

        deployChanged("bpmn/reporting-period.bpmn", "name=\"审核进展报告\"", "name=\"审核季度进展报告\"",
                "协调办公室审核进展报告和红黄绿灯评定", "协调办公室审核季度进展报告和红黄绿灯评定");
        migrateAll("reporting-period");

        org.assertj.core.api.Assertions.assertThat(waiting(period)).isEqualTo(before);
        fireOnce(period, "ContributionReminder");
        fireOnce(period, "ReviewReminder");
        org.assertj.core.api.Assertions.assertThat(reminders("kunshan", "REMINDER")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(reminders("coordination-office", "REMINDER")).isEqualTo(1);

        formService().submitTaskForm(taskFor(period.getId(), "kunshan").getId(),
                Map.of("contributionNarrative", "补报配合材料"));
        Map<String, Object> decision = new HashMap<>();
        decision.put("reviewDecision", "approve");
        formService().submitTaskForm(taskFor(period.getId(), "coordination-office").getId(), decision);

        assertThat(period).isEnded();
        noIncidentsNoDoubledTasks(period);
        org.assertj.core.api.Assertions.assertThat(fixture.count(
                "select count(*) from pf_contribution where item_id = ?", fixture.itemId)).isEqualTo(2);
    }

    @Test
    void anOpenEscalationMovesWithItsRectificationTimersAndRunsToItsEnd() {
        fixture.item(LEAD, List.of());
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey("escalation", fixture.businessKey(),
                ProcessFixture.escalationInputs(fixture.itemId, LEAD, "OVERDUE"));
        Map<String, Object> notice = new HashMap<>();
        notice.put("requirements", "请于期限内补报进展并说明原因");
        notice.put("rectificationDeadline", ProcessFixture.TODAY.plusDays(7).toString());
        as("coordination-office");
        formService().submitTaskForm(taskFor(escalation.getId(), "coordination-office").getId(), notice);
        assertThat(escalation).isWaitingAt("SubmitRectification");
        Map<String, List<String>> before = waiting(escalation);
        org.assertj.core.api.Assertions.assertThat(before).containsKeys("timer RectificationReminder",
                "timer RectificationDeadlinePassed");

        deployChanged("bpmn/escalation.bpmn", "name=\"审核整改情况\"", "name=\"审核整改落实情况\"",
                "· 审核整改情况</camunda:inputParameter>", "· 审核整改落实情况</camunda:inputParameter>",
                "签发单位审核整改反馈:", "签发单位审核整改反馈(可要求补充材料):");
        migrateAll("escalation");

        org.assertj.core.api.Assertions.assertThat(waiting(escalation)).isEqualTo(before);
        fireOnce(escalation, "RectificationReminder");
        org.assertj.core.api.Assertions.assertThat(reminders(LEAD, "REMINDER")).isEqualTo(1);
        as(LEAD);
        formService().submitTaskForm(taskFor(escalation.getId(), LEAD).getId(), Map.of(
                "rectificationText", "已补报第三季度进展报告", "measures", "明确专人负责", "evidenceNote", "补报报告"));
        Task check = taskFor(escalation.getId(), "coordination-office");
        org.assertj.core.api.Assertions.assertThat(check.getName()).endsWith("审核整改落实情况");
        as("coordination-office");
        formService().submitTaskForm(check.getId(), Map.of("checkResult", "RESOLVED", "checkComment", "已核实"));

        assertThat(escalation).isEnded();
        noIncidentsNoDoubledTasks(escalation);
    }

    @Test
    void aRenamedWaitStateIsReportedUnmappedInChineseUntilTheModellerMapsIt() {
        fixture.item(LEAD, List.of());
        ProcessInstance item = runtimeService().startProcessInstanceByKey("action-item", fixture.businessKey(),
                fixture.actionItemVariables(LEAD, List.of(), List.of()));
        deployChanged("bpmn/action-item.bpmn", "\"AcknowledgeLead\"", "\"SignLead\"");
        ProcessDefinition target = planner.latest("action-item");
        ProcessDefinition source = planner.sources(target).get(0);

        Planned generated = planner.plan(source, target, List.of());
        org.assertj.core.api.Assertions.assertThat(generated.unmapped())
                .filteredOn(unmapped -> unmapped.waiting() > 0).extracting(MigrationUnmapped::activityId)
                .containsExactly("AcknowledgeLead");
        org.assertj.core.api.Assertions.assertThat(generated.unmapped()).extracting(MigrationUnmapped::activityId)
                .as("its boundary timers go with it").contains("LeadAckReminder", "LeadAckOverdue");

        Planned adjusted = planner.plan(source, target,
                List.of(new MigrationAdjustment(source.getId(), "AcknowledgeLead", "SignLead")));
        org.assertj.core.api.Assertions.assertThat(adjusted.planProblems()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(adjusted.unmapped()).extracting(MigrationUnmapped::activityId)
                .doesNotContain("AcknowledgeLead", "LeadAckReminder", "LeadAckOverdue");
        runtimeService().newMigration(adjusted.plan()).processInstanceIds(item.getId()).execute();
        assertThat(item).isWaitingAt("SignLead");
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(item.getId()).activityId("LeadAckReminder").count()).isEqualTo(1);
    }

    @Test
    void anInstanceAtAWaitStateTheNewVersionDropsCannotMoveAndSaysWhyInChinese() {
        fixture.item(LEAD, List.of("zhujian"));
        ProcessInstance item = runtimeService().startProcessInstanceByKey("action-item", fixture.businessKey(),
                fixture.actionItemVariables(LEAD, List.of("zhujian"), List.of("zhujian")));
        assertThat(item).isWaitingAt("AcknowledgePart");
        deployChanged("bpmn/action-item.bpmn", "\"AcknowledgePart\"", "\"AcceptPart\"");
        ProcessDefinition target = planner.latest("action-item");
        Planned planned = planner.plan(planner.sources(target).get(0), target, List.of());
        org.assertj.core.api.Assertions.assertThat(planned.planProblems()).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService().newMigration(planned.plan())
                        .processInstanceIds(item.getId()).execute())
                .isInstanceOfSatisfying(MigratingProcessInstanceValidationException.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.getValidationReport().getActivityInstanceReports())
                                .flatExtracting(report -> report.getFailures()).extracting(MigrationFailures::chinese)
                                .anySatisfy(text -> org.assertj.core.api.Assertions.assertThat(text)
                                        .startsWith("实例正停在这个环节，迁移计划没有给它指定新版本中的对应环节")));
        assertThat(item).isWaitingAt("AcknowledgePart");
    }
}
