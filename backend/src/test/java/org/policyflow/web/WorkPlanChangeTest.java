package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyflow.web.AttackFixtures.COORDINATOR;
import static org.policyflow.web.AttackFixtures.LEAD;
import static org.policyflow.web.AttackFixtures.OUTSIDER;
import static org.policyflow.web.AttackFixtures.SUPPORTING;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policyflow.web.AttackFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the lead asks to change its work plan, the coordinating office approves or returns it in 审批工作计划变更,
 * and the item page shows the plan in force, the open request and the timeline; over HTTP on the shared application.
 */
class WorkPlanChangeTest extends RunningApplication {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeadAsksTheOfficeApprovesOrReturnsAndTheItemPageShowsThePlanInForce() throws Exception {
        AttackFixtures fixtures = new AttackFixtures(this, context);
        World world = fixtures.newWorld();
        int cells = fixtures.workPlanCells(world);
        assertThat(postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/submit-form",
                fixtures.leadAcceptance(world)).statusCode()).isEqualTo(204);
        String path = "/api/items/" + world.itemId + "/work-plan-changes";
        assertThat(item(LEAD.user(), world).at("/workPlan/mayRequestChange").asBoolean()).isTrue();
        assertThat(item(SUPPORTING.user(), world).at("/workPlan/mayRequestChange").asBoolean()).isFalse();

        // only the lead; the others are refused before anything is read of the body
        String changed = request("工作进度调整,第二季度计划值上调", cells, 0, "{\"milestone\":\"提前完成\",\"plannedValue\":350}");
        for (String other : List.of(SUPPORTING.user(), OUTSIDER, COORDINATOR.user(), "admin")) {
            assertThat(postJson(other, path, changed).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(postJson(LEAD.user(), "/api/items/999999999/work-plan-changes", changed).statusCode())
                .isEqualTo(404);
        // bad input names the field or the cell, in Chinese, and writes nothing
        assertRefused(postJson(LEAD.user(), path, request(" ", cells, 0, "{\"milestone\":\"x\"}")), "「调整理由」");
        assertRefused(postJson(LEAD.user(), path, request("理由", cells - 1, 0, "{\"milestone\":\"x\"}")),
                "应有 " + cells + " 格");
        assertRefused(postJson(LEAD.user(), path, request("理由", cells, 0,
                "{\"milestone\":\"x\",\"plannedValue\":\"85分\"}")), "的「计划值」");
        assertRefused(postJson(LEAD.user(), path, request("理由", cells, 0, "{\"milestone\":\" \"}")),
                "缺少「阶段目标」");
        assertRefused(postJson(LEAD.user(), path, request("理由", cells, -1, null)), "与现行计划相同");
        assertThat(jdbc.sql("select count(*) from pf_work_plan_change where item_id = ?").param(world.itemId)
                .query(Long.class).single()).isZero();

        HttpResponse<String> requested = postJson(LEAD.user(), path, changed);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(postJson(LEAD.user(), path, changed).statusCode()).isEqualTo(409);
        JsonNode pending = item(LEAD.user(), world);
        assertThat(pending.at("/workPlan/mayRequestChange").asBoolean()).isFalse();
        assertThat(pending.at("/workPlan/changeRequestedAt").isNull()).isFalse();

        // the office's task shows the proposed plan cell by cell beside the plan in force
        Task review = officeTask(world);
        assertThat(review.getName()).contains("工作计划调整申请审批");
        // as Tasklist reads it: the JSON variable serialized
        assertThat(getJson(COORDINATOR.user(), "/engine-rest/task/" + review.getId()
                + "/form-variables?deserializeValues=false").at("/proposedPlan/value").asText())
                .contains("\"milestone\":\"提前完成\"")
                .contains("\"current\":\"300 家 · 按季度推进\"");
        assertThat(postJson(LEAD.user(), "/engine-rest/task/" + review.getId() + "/submit-form",
                decision("approve", "同意")).statusCode()).isEqualTo(403);
        assertRefused(postJson(COORDINATOR.user(), "/engine-rest/task/" + review.getId() + "/submit-form",
                decision("approve", "")), "审批说明");
        assertThat(postJson(COORDINATOR.user(), "/engine-rest/task/" + review.getId() + "/submit-form",
                decision("approve", "同意调整")).statusCode()).isEqualTo(204);

        JsonNode approved = item(LEAD.user(), world);
        assertThat(approved.at("/workPlan/rows/0/cells/0/milestone").asText()).isEqualTo("提前完成");
        assertThat(approved.at("/workPlan/rows/0/cells/0/plannedValue").decimalValue()).isEqualByComparingTo("350");
        assertThat(approved.at("/workPlan/rows/0/cells/1/milestone").asText()).isEqualTo("按季度推进");
        assertThat(approved.at("/workPlan/mayRequestChange").asBoolean()).isTrue();
        JsonNode decided = event(approved, "WORK_PLAN_CHANGE_DECIDED");
        assertThat(decided.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("actor").asText()).isEqualTo(COORDINATOR.user());
        assertThat(decided.get("detail").asText()).as("the requester by name, not by login")
                .isEqualTo("市商务局 工作人员|1/" + cells + "|同意调整");
        assertThat(event(approved, "WORK_PLAN_CHANGE_REQUESTED").get("actor").asText()).isEqualTo(LEAD.user());

        // a returned request keeps the plan in force and tells the lead why
        assertThat(postJson(LEAD.user(), path, request("再调一次", cells, 1, "{\"milestone\":\"放缓\"}"))
                .statusCode()).isEqualTo(201);
        assertThat(postJson(COORDINATOR.user(), "/engine-rest/task/" + officeTask(world).getId() + "/submit-form",
                decision("return", "理由不充分,请补充说明")).statusCode()).isEqualTo(204);
        JsonNode returned = item(LEAD.user(), world);
        assertThat(returned.at("/workPlan/rows/0/cells/1/milestone").asText()).isEqualTo("按季度推进");
        assertThat(returned.at("/workPlan/rows/0/cells/0/milestone").asText()).isEqualTo("提前完成");
        assertThat(returned.at("/workPlan/mayRequestChange").asBoolean()).isTrue();
        assertThat(jdbc.sql("select body from pf_message where department_id = ? and item_id = ? and kind = ?"
                        + " order by id").params(LEAD.body(), world.itemId, "WORK_PLAN_CHANGE_DECIDED")
                .query(String.class).list()).hasSize(2).last().asString().contains("退回理由:理由不充分,请补充说明");
    }

    /**
     * A request whose every cell repeats the plan the fixtures submit (按季度推进, 300) but the one at
     * {@code changedAt}, which holds {@code changedCell} (a cell's JSON); the reason as a JSON string.
     */
    private static String request(String reason, int cells, int changedAt, String changedCell) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            rows.add(i == changedAt ? changedCell : "{\"milestone\":\"按季度推进\",\"plannedValue\":300}");
        }
        return "{\"reason\":" + quote(reason) + ",\"cells\":[" + String.join(",", rows) + "]}";
    }

    private static String decision(String decision, String comment) {
        return "{\"variables\":{\"decision\":{\"value\":\"" + decision + "\"},\"reviewComment\":{\"value\":"
                + quote(comment) + "}}}";
    }

    private Task officeTask(World world) {
        return taskService.createTaskQuery().processInstanceBusinessKey(world.businessKey)
                .processDefinitionKey("work-plan-change").taskCandidateGroup(COORDINATOR.body()).singleResult();
    }

    private JsonNode item(String user, World world) throws Exception {
        return getJson(user, "/api/items/" + world.itemId);
    }

    private JsonNode getJson(String user, String path) throws Exception {
        HttpResponse<String> answer = send(user, "GET", path, null, HttpRequest.BodyPublishers.noBody());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode event(JsonNode item, String kind) {
        JsonNode found = null;
        for (JsonNode event : item.get("timeline")) {
            if (kind.equals(event.get("kind").asText())) {
                found = event;
            }
        }
        assertThat(found).as(kind).isNotNull();
        return found;
    }

    private static void assertRefused(HttpResponse<String> answer, String naming) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(naming);
    }
}
