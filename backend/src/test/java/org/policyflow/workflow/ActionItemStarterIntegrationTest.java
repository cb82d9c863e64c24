package org.policyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyflow.plan.PlanImported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application on H2: a plan of 18 items written with JDBC (as the importer writes it) and PlanImported
 * published in its transaction start 18 action-item instances whose first tasks Tasklist can show; a report with a
 * bad figure is refused through Camunda's REST API with 400 and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionItemStarterIntegrationTest {

    private static final int ITEMS = 18;
    private static final List<String> DEPARTMENTS = List.of("coordination-office", "shangwu", "zhujian", "kunshan",
            "wujiang");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-starter-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    private long planId;
    private final List<Long> itemIds = new ArrayList<>();
    private Instant importedAt;

    @BeforeAll
    void importPlan() {
        importedAt = Instant.now();
        transaction.executeWithoutResult(status -> {
            for (String id : DEPARTMENTS) {
                jdbc.sql("insert into pf_department (id, name, kind, created_at) values (?, ?, 'MUNICIPAL', ?)")
                        .params(id, "单位" + id, Timestamp.from(importedAt)).update();
            }
            jdbc.sql("""
                    insert into pf_plan (doc_number, title, issuer, published, plan_year, source_sha256, source_text,
                      imported_at, imported_by) values ('苏府办〔2025〕77号', '“品质苏州”建设行动方案(2025年)',
                      '苏州市人民政府办公室', ?, 2025, ?, '正文', ?, 'admin')""")
                    .params(LocalDate.of(2025, 7, 28), "0".repeat(64), Timestamp.from(importedAt)).update();
            planId = jdbc.sql("select id from pf_plan").query(Long.class).single();
            for (int number = 1; number <= ITEMS; number++) {
                jdbc.sql("""
                        insert into pf_item (plan_id, number, label, title, text, business_key)
                        values (?, ?, ?, ?, '正文', ?)""")
                        .params(planId, number, "(" + number + ")", "事项" + number + "。", "苏府办〔2025〕77号-" + number)
                        .update();
                long itemId = jdbc.sql("select id from pf_item where number = ?").param(number)
                        .query(Long.class).single();
                itemIds.add(itemId);
                // the last item names no lead: it starts at the coordinating office
                List<String[]> bodies = number == ITEMS
                        ? List.<String[]>of(new String[] {"kunshan", "IMPLEMENTER"}, new String[] {"wujiang", "IMPLEMENTER"})
                        : List.of(new String[] {"shangwu", "LEAD"}, new String[] {"zhujian", "SUPPORTING"},
                                new String[] {"kunshan", "IMPLEMENTER"}, new String[] {"wujiang", "IMPLEMENTER"});
                for (int i = 0; i < bodies.size(); i++) {
                    jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (?, ?, ?, ?)")
                            .params(itemId, bodies.get(i)[0], bodies.get(i)[1], i + 1).update();
                }
                jdbc.sql("""
                        insert into pf_target (item_id, ordinal, text, target_value, unit, comparator)
                        values (?, 1, '达到85分', 85, '分', 'REACH')""").param(itemId).update();
            }
            events.publishEvent(new PlanImported(planId, itemIds));
        });
    }

    @Test
    void startsOneInstancePerItemWithTheLeadsFirstTaskReadyForTasklist() {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item").count())
                .isEqualTo(ITEMS);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("苏府办〔2025〕77号-3")
                .singleResult()).isNotNull();

        Task lead = taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕77号-3")
                .taskDefinitionKey("AcknowledgeLead").singleResult();
        assertThat(lead.getName()).isEqualTo("(3) 事项3 · 签收并制定工作计划");
        assertThat(taskService.getIdentityLinksForTask(lead.getId())).anySatisfy(link -> {
            assertThat(link.getGroupId()).isEqualTo("shangwu");
            assertThat(link.getType()).isEqualTo("candidate");
        });
        // the seed's Q3 2025 has ended: the rebased calendar gives a week or so from today, not a date in 2025
        assertThat(lead.getDueDate().toInstant()).isAfter(importedAt).isBefore(importedAt.plus(Duration.ofDays(10)));

        assertThat(deployedForm(lead)).contains("\"acknowledge-lead\"").contains("签收意见");
        assertThat(deployedForm(taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕77号-3")
                .taskCandidateGroup("kunshan").singleResult())).contains("\"acknowledge-part\"");

        assertThat(taskService.createTaskQuery().processDefinitionKey("action-item")
                .taskDefinitionKey("AcknowledgePart").count()).isEqualTo(3L * (ITEMS - 1) + 2);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕77号-18")
                .taskCandidateGroup("coordination-office").singleResult().getTaskDefinitionKey())
                .isEqualTo("AssignLead");
        assertThat(deployedForm(taskService.createTaskQuery().processInstanceBusinessKey("苏府办〔2025〕77号-18")
                .taskCandidateGroup("coordination-office").singleResult())).contains("\"assign-lead\"");
        assertThat(jdbc.sql("select count(*) from pf_reporting_period where plan_id = ?").param(planId)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void reportWithNegativeOrNonNumericFigureIsRefusedWith400AndNothingWritten() {
        long itemId = itemIds.get(0);
        long periodId = jdbc.sql("select id from pf_reporting_period where plan_id = ? and ordinal = 1")
                .param(planId).query(Long.class).single();
        long targetId = jdbc.sql("select id from pf_target where item_id = ?").param(itemId).query(Long.class).single();
        Map<String, Object> variables = new HashMap<>();
        variables.put("planId", planId);
        variables.put("itemId", itemId);
        variables.put("itemLabel", "(1) 事项1");
        variables.put("leadDepartmentId", "shangwu");
        variables.put("contributorDepartmentIds", new ArrayList<String>());
        variables.put("periodId", periodId);
        variables.put("calendarMode", "REAL");
        String instance = runtimeService.startProcessInstanceByKey("reporting-period", "苏府办〔2025〕77号-1",
                variables).getId();
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
        assertThat(jdbc.sql("select count(*) from pf_report").query(Long.class).single()).isZero();
        assertThat(deployedForm(report)).contains("\"compile-report\"");

        ResponseEntity<String> early = requestExtension(instance, "2020-01-01");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).contains("必须晚于现在的截止日期");
        assertThat(jdbc.sql("select count(*) from pf_extension").query(Long.class).single()).isZero();

        String later = LocalDate.now().plusYears(2).toString();
        assertThat(requestExtension(instance, later).getStatusCode().is2xxSuccessful()).isTrue();
        Task review = taskService.createTaskQuery().processDefinitionKey("extension-request").singleResult();
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

    /** What Tasklist fetches to render a task's Camunda Form. */
    private String deployedForm(Task task) {
        ResponseEntity<String> form = http.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertThat(form.getStatusCode()).as(task.getName()).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }
}
