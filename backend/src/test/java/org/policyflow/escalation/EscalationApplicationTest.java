package org.policyflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.EngineClock;
import org.policyflow.reporting.ProcessFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The escalation process inside the whole application: listeners write in the engine's transaction, bad form values
 * come back from the engine REST API as 400 with the field named, concurrent checks cannot both succeed, and the
 * queue endpoint shows each body only its own escalations. A context of its own: on the shared one
 * (org.policyflow.ApplicationTest) its REST submissions met another context's engine once more contexts had started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=escalation-application-test")
class EscalationApplicationTest {

    static final String PASSWORD = "escalation-test";
    static final String BODY = "esc-test-body";
    static final String OTHER_BODY = "esc-test-other";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-escalation-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    private long itemId;

    @BeforeEach
    void seed() {
        if (identityService.createUserQuery().userId("esccoordinator").count() == 0) {
            user("esccoordinator", "coordination-office");
            user("escbody", BODY);
            user("escother", OTHER_BODY);
        }
        ProcessFixture.insertDepartments(jdbc, List.of(BODY, OTHER_BODY));
        itemId = ProcessFixture.itemOf(jdbc, "督办测试〔2026〕1号");
    }

    private void user(String id, String group) {
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            var newGroup = identityService.newGroup(group);
            newGroup.setName(group);
            identityService.saveGroup(newGroup);
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }

    private ProcessInstance start(String departmentId) {
        return runtimeService.startProcessInstanceByKey("escalation", "督办测试〔2026〕1号-3",
                ProcessFixture.escalationInputs(itemId, departmentId, "OVERDUE"));
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ResponseEntity<String> submitForm(String userId, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpEntity<Map<String, Object>> request = new HttpEntity<>(Map.of("variables", variables));
        return http.withBasicAuth(userId, PASSWORD)
                .postForEntity("/engine-rest/task/" + taskId + "/submit-form", request, String.class);
    }

    private List<Map<String, Object>> notices(ProcessInstance instance) {
        return ProcessFixture.escalationNotices(jdbc, instance.getId());
    }

    @Test
    void restSubmitFormRefusesBadValuesWith400AndWritesNothing() {
        ProcessInstance instance = start(BODY);
        String taskId = task(instance).getId();
        String inAWeek = LocalDate.now(EngineClock.ZONE).plusDays(7).toString();

        ResponseEntity<String> missing = submitForm("esccoordinator", taskId,
                Map.of("requirements", "", "rectificationDeadline", inAWeek));
        assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("请填写「整改要求」");

        ResponseEntity<String> past = submitForm("esccoordinator", taskId,
                Map.of("requirements", "请补报进展并说明原因", "rectificationDeadline", "2020-01-01"));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody()).contains("「整改期限」不能早于今天");

        ResponseEntity<String> tooLong = submitForm("esccoordinator", taskId,
                Map.of("requirements", "补".repeat(2001), "rectificationDeadline", inAWeek));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("「整改要求」不能超过2000个字");

        assertThat(task(instance).getId()).isEqualTo(taskId);
        assertThat(notices(instance)).isEmpty();

        ResponseEntity<String> valid = submitForm("esccoordinator", taskId,
                Map.of("requirements", "请补报进展并说明原因", "rectificationDeadline", inAWeek));
        assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(notices(instance)).singleElement().satisfies(notice -> assertThat(notice)
                .containsEntry("ISSUED_BY", "esccoordinator").containsEntry("REQUIREMENTS", "请补报进展并说明原因")
                .containsEntry("DEADLINE", java.sql.Date.valueOf(inAWeek)));
        Task rectification = task(instance);
        assertThat(rectification.getTaskDefinitionKey()).isEqualTo("SubmitRectification");

        // what Tasklist shows the body: its task, named after item and level, with the deployed Camunda Form
        ResponseEntity<String> seen = http.withBasicAuth("escbody", PASSWORD)
                .getForEntity("/engine-rest/task/" + rectification.getId(), String.class);
        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(seen.getBody()).contains("(三) 推进服务供给提质 · 蓝色督办 · 整改反馈").contains("\"due\":\"" + inAWeek);
        ResponseEntity<String> form = http.withBasicAuth("escbody", PASSWORD)
                .getForEntity("/engine-rest/task/" + rectification.getId() + "/deployed-form", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"id\"", "escalation-rectification", "整改情况", "maxLength");
        assertThat(http.withBasicAuth("escother", PASSWORD)
                .getForEntity("/engine-rest/task/" + rectification.getId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void twoCoordinatorsCheckingAtOnceCannotBothSucceed() throws Exception {
        ProcessInstance instance = start(BODY);
        taskService.complete(task(instance).getId(), Map.of("requirements", "请补报进展并说明原因",
                "rectificationDeadline", LocalDate.now(EngineClock.ZONE).plusDays(7).toString()));
        taskService.complete(task(instance).getId(), Map.of("rectificationText", "已补报第三季度进展报告",
                "measures", "明确专人负责,按月跟踪"));
        String checkTaskId = task(instance).getId();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String verdict : List.of("RESOLVED", "UNRESOLVED")) {
            outcomes.add(threads.submit(() -> {
                together.await();
                try {
                    taskService.complete(checkTaskId, Map.of("checkResult", verdict, "checkComment", "核实:" + verdict));
                    return verdict;
                } catch (RuntimeException lost) {
                    return "lost";
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).containsOnlyOnce("lost");
        String winner = results.stream().filter(result -> !result.equals("lost")).findFirst().orElseThrow();
        assertThat(notices(instance)).singleElement().satisfies(notice -> assertThat(notice)
                .containsEntry("CHECK_RESULT", winner).containsEntry("CHECK_COMMENT", "核实:" + winner));
        // the process moved on exactly once: ended, or one notice task of the next level
        List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).hasSize(winner.equals("RESOLVED") ? 0 : 1);
        String status = jdbc.sql("select status from pf_escalation where process_instance_id = ?")
                .param(instance.getId()).query(String.class).single();
        assertThat(status).isEqualTo(winner.equals("RESOLVED") ? "RESOLVED" : "OPEN");
    }

    @Test
    void queueShowsEveryoneToTheCoordinatingOfficeAndOwnEscalationsToABody() {
        ProcessInstance own = start(BODY);
        ProcessInstance others = start(OTHER_BODY);
        ParameterizedTypeReference<List<Map<String, Object>>> list = new ParameterizedTypeReference<>() { };

        ResponseEntity<List<Map<String, Object>>> coordinator = http.withBasicAuth("esccoordinator", PASSWORD)
                .exchange("/api/escalations", HttpMethod.GET, null, list);
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(coordinator.getBody()).extracting(e -> e.get("processInstanceId"))
                .contains(own.getId(), others.getId());
        assertThat(coordinator.getBody()).filteredOn(e -> own.getId().equals(e.get("processInstanceId")))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("level", "BLUE")
                        .containsEntry("levelName", "蓝色督办").containsEntry("itemLabel", "(三)")
                        .containsEntry("departmentId", BODY).containsEntry("ageDays", 0).containsEntry("overdue", false));

        ResponseEntity<List<Map<String, Object>>> body = http.withBasicAuth("escbody", PASSWORD)
                .exchange("/api/escalations", HttpMethod.GET, null, list);
        assertThat(body.getBody()).isNotEmpty().allSatisfy(e -> assertThat(e).containsEntry("departmentId", BODY));

        assertThat(http.withBasicAuth("escbody", PASSWORD)
                .exchange("/api/escalations?department=" + OTHER_BODY, HttpMethod.GET, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("esccoordinator", PASSWORD).exchange("/api/escalations?department=" + OTHER_BODY,
                HttpMethod.GET, null, list).getBody()).isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("departmentId", OTHER_BODY));
        assertThat(http.getForEntity("/api/escalations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/escalations", HttpMethod.GET, null, list)
                .getBody()).extracting(e -> e.get("processInstanceId")).contains(own.getId(), others.getId());
        assertThat(MediaType.APPLICATION_JSON.isCompatibleWith(coordinator.getHeaders().getContentType())).isTrue();
    }

    @Autowired
    EscalationOrphans orphans;

    private ResponseEntity<String> withdraw(String userId, long escalationId, String reason) {
        HttpEntity<Map<String, Object>> request = new HttpEntity<>(Map.of("reason", reason));
        return http.withBasicAuth(userId, PASSWORD)
                .postForEntity("/api/escalations/" + escalationId + "/withdraw", request, String.class);
    }

    private long escalationId(ProcessInstance instance) {
        return jdbc.sql("select id from pf_escalation where process_instance_id = ?").param(instance.getId())
                .query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> desk() {
        ResponseEntity<Map<String, Object>> desk = http.withBasicAuth("esccoordinator", PASSWORD)
                .exchange("/api/desk", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(desk.getStatusCode()).isEqualTo(HttpStatus.OK);
        return desk.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> openOnDesk(Map<String, Object> desk) {
        return ((List<Map<String, Object>>) desk.get("escalations")).stream()
                .map(row -> (Map<String, Object>) row.get("escalation")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endedOnDesk(Map<String, Object> desk, long id) {
        return ((List<Map<String, Object>>) desk.get("ended")).stream()
                .filter(row -> ((Number) row.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void noEscalationStaysOnTheDeskWithoutSomeoneHoldingATask() {
        ProcessInstance withdrawn = start(BODY);
        ProcessInstance cancelled = start(BODY);
        ProcessInstance orphaned = start(OTHER_BODY);
        ProcessInstance waiting = start(OTHER_BODY);
        taskService.complete(task(waiting).getId(), Map.of("requirements", "请补报进展并说明原因",
                "rectificationDeadline", LocalDate.now(EngineClock.ZONE).plusDays(7).toString()));

        // the body it is addressed to may not withdraw it; the office must say why
        assertThat(withdraw("escbody", escalationId(withdrawn), "已整改").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = withdraw("esccoordinator", escalationId(withdrawn), " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("撤销理由");
        assertThat(withdraw("esccoordinator", escalationId(withdrawn), "已当面督促,责任单位已补齐材料").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(withdraw("esccoordinator", escalationId(withdrawn), "再撤销一次").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(withdraw("esccoordinator", 0, "不存在的督办").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        runtimeService.deleteProcessInstance(cancelled.getId(), "事项已撤销");
        // what an instance of the model from before the end listener leaves behind when its caller cancels it
        runtimeService.deleteProcessInstance(orphaned.getId(), "旧版本", true);
        orphans.endOrphans();

        Map<String, Object> desk = desk();
        assertThat(endedOnDesk(desk, escalationId(withdrawn))).containsEntry("status", "ENDED")
                .containsEntry("endCause", "WITHDRAWN").containsEntry("endNote", "已当面督促,责任单位已补齐材料")
                .containsEntry("endedBy", "esccoordinator");
        assertThat(endedOnDesk(desk, escalationId(cancelled))).containsEntry("endCause", "CANCELLED");
        assertThat(endedOnDesk(desk, escalationId(orphaned))).containsEntry("endCause", "CANCELLED");
        assertThat(taskService.createTaskQuery().processInstanceId(withdrawn.getId()).count()).isZero();
        List<Map<String, Object>> open = openOnDesk(desk);
        assertThat(open).extracting(e -> e.get("processInstanceId")).contains(waiting.getId())
                .doesNotContain(withdrawn.getId(), cancelled.getId(), orphaned.getId());
        // every escalation left on the desk has a task someone holds: the office's notice or check, or the body's answer
        assertThat(open).allSatisfy(e -> assertThat(taskService.createTaskQuery()
                .processInstanceId((String) e.get("processInstanceId")).count()).isPositive());
        assertThat(jdbc.sql("""
                select count(*) from v_escalation_timeline where item_id = ? and kind = 'ESCALATION_ENDED'
                and outcome = 'WITHDRAWN' and actor = 'esccoordinator'""").param(itemId).query(Long.class).single())
                .isPositive();
    }

    @Autowired
    EscalationRepository repository;
    @Autowired
    TransactionTemplate transactions;

    /** An escalation recorded straight in the table, of a body of its own (no queue of the other tests sees it). */
    private String recorded() {
        ProcessFixture.insertDepartments(jdbc, List.of(PAPER_BODY));
        String instance = "paper-" + UUID.randomUUID();
        repository.openOrRaise(new EscalationRepository.Opening(instance, itemId, null, null, PAPER_BODY, EscalationTrigger.OVERDUE,
                "测试编号"), new EscalationRepository.Level("BLUE", "蓝色督办", 1), OffsetDateTime.now());
        return instance;
    }

    private void issue(String instance, OffsetDateTime at) {
        repository.issueNotice(instance, new EscalationRepository.Notice("BLUE", "蓝色督办", "coordination-office",
                "esccoordinator", "请补报进展并说明原因", at.toLocalDate().plusDays(7)), at);
    }

    private String number(String instance) {
        Map<String, Object> notice = notices(instance).get(0);
        return NoticePaper.number(((Number) notice.get("NUMBER_YEAR")).intValue(),
                ((Number) notice.get("NUMBER_SEQ")).intValue());
    }

    private List<Map<String, Object>> notices(String instance) {
        return ProcessFixture.escalationNotices(jdbc, instance);
    }

    static final String PAPER_BODY = "esc-test-paper";

    @Test
    void noticesAreNumberedPerYearOfTheirIssueDayInShanghai() {
        String lastOf2091 = recorded();
        String firstOf2092 = recorded();
        String secondOf2092 = recorded();
        issue(lastOf2091, OffsetDateTime.parse("2091-12-31T15:59:59Z"));    // 23:59:59 in Suzhou
        issue(firstOf2092, OffsetDateTime.parse("2091-12-31T16:00:00Z"));   // midnight in Suzhou: the new year
        issue(secondOf2092, OffsetDateTime.parse("2092-03-01T08:00:00+08:00"));

        assertThat(number(lastOf2091)).isEqualTo("督办〔2091〕1号");
        assertThat(number(firstOf2092)).isEqualTo("督办〔2092〕1号");
        assertThat(number(secondOf2092)).isEqualTo("督办〔2092〕2号");
    }

    @Test
    void twoNoticesIssuedAtOnceTakeTwoNumbers() throws Exception {
        List<String> instances = List.of(recorded(), recorded());
        OffsetDateTime at = OffsetDateTime.parse("2093-06-01T10:00:00+08:00");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> issued = new ArrayList<>();
            for (String instance : instances) {
                issued.add(threads.submit(() -> {
                    together.await();
                    transactions.executeWithoutResult(status -> {
                        issue(instance, at);
                        try {
                            Thread.sleep(300);   // the other issue runs while this one is uncommitted
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    return null;
                }));
            }
            for (Future<?> done : issued) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(instances).extracting(this::number).containsExactlyInAnyOrder("督办〔2093〕1号", "督办〔2093〕2号");
    }

    private ResponseEntity<byte[]> paper(String userId, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.ALL));
        return http.withBasicAuth(userId, PASSWORD).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }

    @Test
    void theNoticePrintsForTheCoordinatingOfficeAndTheBodyAddressedOnly() throws IOException {
        ProcessInstance instance = start(BODY);
        LocalDate deadline = LocalDate.now(EngineClock.ZONE).plusDays(7);
        taskService.complete(task(instance).getId(), Map.of("requirements", "请于期限内补报第三季度进展报告并说明逾期原因",
                "rectificationDeadline", deadline.toString()));
        long noticeId = ((Number) notices(instance.getId()).get(0).get("ID")).longValue();
        String number = number(instance.getId());
        String path = "/api/escalations/notices/" + noticeId;

        ResponseEntity<byte[]> pdf = paper("escbody", path + "?format=pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''" + URLEncoder.encode(number, StandardCharsets.UTF_8)).endsWith(".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("督办单", number,
                    "被督办单位:测试单位 " + BODY, "(三) 推进服务供给提质", "督办级别:蓝色督办", "督办原因:逾期未报送",
                    "请于期限内补报第三季度进展报告并说明逾期原因",
                    "整改期限:" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
                            + "日前", "签发单位:行动方案协调办公室");
        }

        ResponseEntity<byte[]> docx = paper("esccoordinator", path + "?format=docx");
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains(number, "被督办单位:测试单位 " + BODY, "(三) 推进服务供给提质");
        }

        assertThat(paper("escother", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(paper("esccoordinator", "/api/escalations/notices/987654321").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<byte[]> xls = paper("esccoordinator", path + "?format=xls");
        assertThat(xls.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(xls.getBody(), StandardCharsets.UTF_8)).contains("format");

        // the item's timeline names the notice by its number
        assertThat(jdbc.sql("select detail from v_escalation_timeline where kind = 'NOTICE' and detail like ?")
                .param(number + " %").query(String.class).list())
                .containsExactly(number + " 请于期限内补报第三季度进展报告并说明逾期原因");

        // 督办台 and the queue link the current level's notice by its id and number
        assertThat(openOnDesk(desk())).filteredOn(e -> instance.getId().equals(e.get("processInstanceId")))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("noticeNumber", number)
                        .containsEntry("noticeId", (int) noticeId));
    }
}
