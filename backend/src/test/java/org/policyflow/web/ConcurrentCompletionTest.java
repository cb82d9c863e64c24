package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many users completing one task at the same moment: exactly one completion counts, every other request gets 409
 * with a message that says someone else was faster, none gets 500, and the completion is recorded once.
 */
class ConcurrentCompletionTest extends RunningApplication {

    static final int CLIENTS = 50;

    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyClientsCompletingOneTaskGetOneSuccessAndFortyNineConflicts() throws Exception {
        Task part = taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart")
                .processInstanceBusinessKeyLike(SEED_ITEMS).listPage(0, 1).get(0);
        String body = (String) taskService.getVariable(part.getId(), "departmentId");

        List<HttpResponse<String>> answers = atOnce(CLIENTS, client -> postJson(body,
                "/engine-rest/task/" + part.getId() + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},"
                        + "\"acknowledgementComment\":{\"value\":\"客户端 " + client + "\"}}}"));

        assertOneSuccessRestConflicts(answers);
        assertThat(jdbc.sql("select count(*) from pf_acknowledgement where task_id = ?").param(part.getId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoCoordinatorsIssuingTheSameNoticeGetOneSuccessAndOneConflict() throws Exception {
        long itemId = jdbc.sql("select id from pf_item where business_key = '苏府办〔2025〕77号-3'").query(Long.class)
                .single();
        Map<String, Object> inputs = new java.util.HashMap<>(Map.of("itemId", itemId, "departmentId",
                "city-government-office", "trigger", "OVERDUE", "reason", "第三季度进展报告逾期未报",
                "itemLabel", "(三) 推进服务供给提质", "periodLabel", "2025年第三季度"));
        inputs.put("periodId", null);
        String instance = runtimeService.startProcessInstanceByKey("escalation", "苏府办〔2025〕77号-3", inputs).getId();
        String notice = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        List<String> coordinators = List.of("coordinator", "coordination-office");

        List<HttpResponse<String>> answers = atOnce(2, client -> postJson(coordinators.get(client),
                "/engine-rest/task/" + notice + "/submit-form",
                "{\"variables\":{\"requirements\":{\"value\":\"请补报进展 " + client + "\"},"
                        + "\"rectificationDeadline\":{\"value\":\"" + deadline + "\"}}}"));

        assertOneSuccessRestConflicts(answers);
        assertThat(jdbc.sql("""
                select count(*) from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
                where e.process_instance_id = ?""").param(instance).query(Long.class).single()).isEqualTo(1);
    }

    private static List<HttpResponse<String>> atOnce(int clients, IntFunction<HttpResponse<String>> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = client;
                pending.add(threads.submit(() -> {
                    start.await();
                    return request.apply(number);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertOneSuccessRestConflicts(List<HttpResponse<String>> answers) {
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 204).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 204).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
            assertThat(answer.body()).contains("其他用户");
        });
    }
}
