package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.policyflow.web.AttackFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 批量签收 (issue 16). In Chromium (frontend/e2e/bulk-acknowledgement.mjs) 常熟市, which implements every item of the
 * seed plan (no other test works as it), ticks the first five 签收落实任务 of 我的待办 and signs them in one step; each
 * is then recorded as its own form would record it. Over the API: what the endpoint refuses, all of it before signing
 * anything.
 */
class BulkAcknowledgementBrowserTest extends RunningApplication {

    private static final String COUNTY = "changshu";
    private static final String COMMENT = "已签收,按要求落实(批量签收浏览器测试)";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;

    @Test
    void aCountySignsFiveAcknowledgementsAtOnce() throws Exception {
        List<String> tasks = firstFiveAcknowledgements(COUNTY);

        List<String> arguments = new ArrayList<>(List.of(COUNTY));
        arguments.addAll(tasks);
        BrowserScript.run(port, "bulk-acknowledgement", arguments.toArray(String[]::new));

        assertThat(taskService.createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).count())
                .as("the five tasks are completed").isZero();
        assertThat(jdbc.sql("select task_id || ':' || outcome || ':' || role || ':' || recorded_by || ':' || comment"
                        + " from pf_acknowledgement where department_id = ?").param(COUNTY).query(String.class).list())
                .as("one acknowledgement per task, as the form records it")
                .containsExactlyInAnyOrderElementsOf(tasks.stream()
                        .map(task -> task + ":ACCEPTED:IMPLEMENTER:" + COUNTY + ":" + COMMENT).toList());
    }

    @Test
    void whatCannotBeSignedIsRefusedAndNothingIsSigned() {
        AttackFixtures fixtures = new AttackFixtures(this, context);
        fixtures.createOnce();
        World world = fixtures.newWorld();
        String county = AttackFixtures.COUNTY.user();
        String lead = AttackFixtures.LEAD.user();

        assertRefused(county, "[\"" + world.countyTask + "\",\"" + world.leadTask + "\"]", null, 404,
                world.leadTask + " 任务不存在,或不属于您所在的单位");
        assertRefused(lead, "[\"" + world.leadTask + "\"]", null, 400, "不是签收配合任务或签收落实任务");
        assertRefused(county, "[]", null, 400, "请选择要签收的任务");
        assertRefused(county, "[\"" + world.countyTask + "\"]", "说".repeat(2001), 400, "不能超过 2000 字");
        taskService.claim(world.countyTask, AttackFixtures.COUNTY.colleague());
        assertRefused(county, "[\"" + world.countyTask + "\"]", null, 409, "该任务已由 kunshan-colleague 认领");
        assertThat(jdbc.sql("select count(*) from pf_acknowledgement where item_id = ?").param(world.itemId)
                .query(Long.class).single()).as("nothing signed").isZero();
        taskService.setAssignee(world.countyTask, null);

        HttpResponse<String> signed = postJson(county, "/api/inbox/acknowledgements",
                "{\"taskIds\":[\"" + world.countyTask + "\"]}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(jdbc.sql("select recorded_by || ':' || coalesce(comment, '-') from pf_acknowledgement"
                + " where task_id = ?").param(world.countyTask).query(String.class).list())
                .containsExactly(county + ":-");
    }

    private void assertRefused(String user, String taskIds, String comment, int status, String detail) {
        String body = "{\"taskIds\":" + taskIds + (comment == null ? "" : ",\"comment\":" + quote(comment)) + "}";
        HttpResponse<String> answer = postJson(user, "/api/inbox/acknowledgements", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(detail);
    }

    /** The first five acknowledgements of the body's inbox page, as the browser will see them. */
    private List<String> firstFiveAcknowledgements(String body) throws Exception {
        HttpResponse<String> inbox = send(body, "GET", "/api/inbox?size=20", null, BodyPublishers.noBody());
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        List<String> tasks = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(inbox.body()).path("rows")) {
            if (row.path("taskKey").asText().equals("AcknowledgePart") && row.path("assignee").isNull()
                    && tasks.size() < 5) {
                tasks.add(row.path("taskId").asText());
            }
        }
        assertThat(tasks).as("the county's seed plan gives it 18 acknowledgements").hasSize(5);
        return tasks;
    }
}
