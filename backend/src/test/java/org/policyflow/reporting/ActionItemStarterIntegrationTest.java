package org.policyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyflow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on H2 with the seed plan imported at start-up: 18 action-item instances whose first tasks
 * Tasklist can show; an item imported without a lead starts at the coordinating office; a report with a bad figure
 * is refused through Camunda's REST API with 400 and leaves nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionItemStarterIntegrationTest extends ApplicationTest {

    private static final String SEED = "苏府办〔2025〕77号";
    private static final String NO_LEAD_PLAN = """
            苏州市人民政府办公室关于印发苏州市质量提升试点工作要点的通知
            苏府办〔2025〕901号
            一、重点任务
            （一）开展质量提升试点。在昆山市、吴江区开展试点，培育试点企业20家以上。
            （二）推进计量服务下企业。年内服务企业不少于300家。（市市场监管局牵头负责）
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    private long seedPlanId;
    private Instant startedAt;

    @BeforeAll
    void findSeedPlan() {
        seedPlanId = jdbc.sql("select id from pf_plan where doc_number = ?").param(SEED).query(Long.class).single();
        startedAt = jdbc.sql("select imported_at from pf_plan where id = ?").param(seedPlanId)
                .query(Timestamp.class).single().toInstant();
    }

    @Test
    void seedStartsOneInstancePerItemWithTheLeadsFirstTaskReadyForTasklist() {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED + "-%").count()).isEqualTo(18);

        Task lead = taskService.createTaskQuery().processInstanceBusinessKey(SEED + "-3")
                .taskDefinitionKey("AcknowledgeLead").singleResult();
        assertThat(lead.getName()).isEqualTo("(三) 推进服务供给提质 · 签收并制定工作计划");
        assertThat(taskService.getIdentityLinksForTask(lead.getId())).anySatisfy(link -> {
            assertThat(link.getGroupId()).isEqualTo("commerce");
            assertThat(link.getType()).isEqualTo("candidate");
        });
        // the seed's Q3 2025 has ended: the rebased calendar gives a week or so from the import, not a date in 2025
        assertThat(lead.getDueDate().toInstant()).isAfter(startedAt).isBefore(startedAt.plus(Duration.ofDays(10)));
        assertThat(deployedForm(lead)).contains("\"acknowledge-lead\"").contains("签收意见");

        // item 3: six supporting bodies and the ten county-level units each acknowledge their part
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(SEED + "-3")
                .taskDefinitionKey("AcknowledgePart").count()).isEqualTo(16);
        assertThat(deployedForm(taskService.createTaskQuery().processInstanceBusinessKey(SEED + "-3")
                .taskCandidateGroup("kunshan").singleResult())).contains("\"acknowledge-part\"");
        assertThat(jdbc.sql("select count(*) from pf_reporting_period where plan_id = ?").param(seedPlanId)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void completingATaskLooksForItsSubTasksThroughAnIndexNotTheWholeTaskTable() {
        String plan = String.join("\n", jdbc.sql("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?")
                .param("no-such-task").query(String.class).list());
        assertThat(plan).contains("PF_IDX_TASK_PARENT").doesNotContain("tableScan");
    }

    @Test
    void anExecutionsVariablesAreFetchedThroughTheExecutionNotTheMostlyNullTaskColumn() {
        String plan = String.join("\n", jdbc.sql(
                "explain select * from ACT_RU_VARIABLE where EXECUTION_ID_ = ? and TASK_ID_ is null")
                .param("no-such-execution").query(String.class).list());
        assertThat(plan).containsPattern("ACT_FK_VAR_EXE_INDEX_\\w+: EXECUTION_ID_ =")
                .doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    }

    @Test
    void itemImportedWithoutLeadStartsAtTheCoordinatingOffice() {
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/plans",
                json("{\"text\": %s}".formatted(jsonString(NO_LEAD_PLAN))), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);

        Task assign = taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕901号-1")
                .singleResult();
        assertThat(assign.getTaskDefinitionKey()).isEqualTo("AssignLead");
        assertThat(taskService.getIdentityLinksForTask(assign.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("coordination-office"));
        assertThat(deployedForm(assign)).contains("\"assign-lead\"");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕901号-2")
                .taskDefinitionKey("AcknowledgeLead").singleResult()).isNotNull();
    }

    @Test
    void reportWithNegativeOrNonNumericFigureIsRefusedWith400AndNothingWritten() {
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(SEED + "-1")
                .query(Long.class).single();
        long periodId = jdbc.sql("select id from pf_reporting_period where plan_id = ? and ordinal = 1")
                .param(seedPlanId).query(Long.class).single();
        long targetId = jdbc.sql("select id from pf_target where item_id = ? and ordinal = 1").param(itemId)
                .query(Long.class).single();
        Map<String, Object> variables = new HashMap<>();
        variables.put("planId", seedPlanId);
        variables.put("itemId", itemId);
        variables.put("itemLabel", "(1) 事项1");
        variables.put("leadDepartmentId", "market-regulation");
        variables.put("contributorDepartmentIds", new ArrayList<String>());
        variables.put("periodId", periodId);
        variables.put("calendarMode", "REAL");
        String instance = runtimeService.startProcessInstanceByKey("reporting-period", "苏府办〔2025〕77号-1",
                variables).getId();
        ProcessFixture.openReport(managementService, instance);
        Task report = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(report.getName()).isEqualTo("(1) 事项1 · 2025年第三季度进展报告");

        for (String[] bad : new String[][] {{"-5", "不能为负数"}, {"\"八十\"", "必须是数字"}}) {
            String body = """
                    {"variables": {"narrative": {"value": "本期进展"},
                      "targetValues": {"type": "Json", "value": "[{\\"targetId\\": %d, \\"value\\": %s}]"}}}"""
                    .formatted(targetId, bad[0].replace("\"", "\\\""));
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = http.withBasicAuth("admin", "demo").postForEntity(
                    "/engine-rest/task/" + report.getId() + "/submit-form", new HttpEntity<>(body, headers),
                    String.class);
            assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(bad[0]).contains(bad[1]);
        }
        assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pf_report where item_id = ?").param(itemId).query(Long.class).single())
                .isZero();
        assertThat(deployedForm(report)).contains("\"compile-report\"");

        ResponseEntity<String> early = requestExtension(instance, "2020-01-01");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).contains("必须晚于现在的截止日期");
        assertThat(jdbc.sql("select count(*) from pf_extension where item_id = ?").param(itemId).query(Long.class)
                .single()).isZero();

        String later = LocalDate.now().plusYears(2).toString();
        List<String> otherReviews = taskService.createTaskQuery().processDefinitionKey("extension-request").list()
                .stream().map(Task::getId).toList();
        assertThat(requestExtension(instance, later).getStatusCode().is2xxSuccessful()).isTrue();
        List<Task> reviews = taskService.createTaskQuery().processDefinitionKey("extension-request").list().stream()
                .filter(task -> !otherReviews.contains(task.getId())).toList();
        assertThat(reviews).hasSize(1);
        Task review = reviews.get(0);
        assertThat(review.getName()).isEqualTo("(1) 事项1 · 2025年第三季度延期申请审核");
        assertThat(deployedForm(review)).contains("\"extension-review\"");
    }

    private ResponseEntity<String> requestExtension(String processInstanceId, String date) {
        String body = """
                {"messageName": "extension-requested", "processInstanceId": "%s", "processVariables": {
                  "extensionReason": {"value": "省级验收推迟"}, "requestedDueDate": {"value": "%s"}}}"""
                .formatted(processInstanceId, date);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/message",
                new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** What Tasklist fetches to render a task's Camunda Form. */
    private String deployedForm(Task task) {
        ResponseEntity<String> form = http.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertThat(form.getStatusCode()).as(task.getName()).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }
}
