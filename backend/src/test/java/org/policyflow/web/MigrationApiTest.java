package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration panel's API on the running application: a modeller moves the seed plan's running items onto a new
 * version of action-item as a Camunda batch, follows its progress, and the item page shows the version and who
 * moved it; bad requests answer 400 naming the field; departments and the office may not migrate at all.
 */
class MigrationApiTest extends RunningApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_PLAN = "苏府办〔2025〕77号";
    private static final String BY_PLAN = "{\"processDefinitionKey\":\"action-item\",\"selection\":\"PLAN\","
            + "\"docNumber\":\"" + SEED_PLAN + "\"}";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    /** A new version of action-item: the call activity renamed, a documentation changed; every id kept. */
    private ChangedActionItem renamedActionItem() {
        return new ChangedActionItem(engine, xml -> xml
                .replace("name=\"按报告期报送\"", "name=\"按报告期报送进展\"")
                .replace("按报告日历逐期调用报告期流程", "按报告日历逐期调用报告期流程(迁移测试)"));
    }

    private static JsonNode json(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    @Test
    void theModellerMovesEverySeedItemToTheNewVersionAndTheItemPageShowsWhoMovedIt() throws Exception {
        try (ChangedActionItem changed = renamedActionItem()) {
            movesEverySeedItem(changed.target);
        }
    }

    private void movesEverySeedItem(ProcessDefinition target) throws Exception {
        List<ProcessInstance> seed = runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED_ITEMS).list();
        assertThat(seed).isNotEmpty();

        JsonNode plans = json(postJson("modeller", "/api/migrations/plan", BY_PLAN), 200);
        assertThat(plans.path("targetVersion").asInt()).isEqualTo(target.getVersion());
        assertThat(plans.path("calledProcesses").toString()).contains("reporting-period", "escalation");
        List<String> movable = new ArrayList<>();
        for (JsonNode source : plans.path("sources")) {
            assertThat(source.path("planProblems")).isEmpty();
            assertThat(source.path("mapped").toString()).contains("\"targetName\":\"按报告期报送进展\"");
            source.path("instances").forEach(instance -> {
                assertThat(instance.path("problems")).as(instance.toString()).isEmpty();
                movable.add(instance.path("processInstanceId").asText());
            });
        }
        assertThat(movable).containsExactlyInAnyOrderElementsOf(seed.stream().map(ProcessInstance::getId).toList());

        JsonNode run = json(postJson("modeller", "/api/migrations", BY_PLAN), 201);
        assertThat(run.path("total").asInt()).isEqualTo(seed.size());
        JsonNode progress = run;
        for (int poll = 0; poll < 300 && !progress.path("finished").asBoolean(); poll++) {
            Thread.sleep(200); // the job executor runs the batch
            progress = json(send("modeller", "GET", "/api/migrations/" + run.path("id").asLong(), null,
                    java.net.http.HttpRequest.BodyPublishers.noBody()), 200);
        }
        assertThat(progress.path("finished").asBoolean()).as(progress.toString()).isTrue();
        assertThat(progress.path("moved").asInt()).isEqualTo(seed.size());
        assertThat(progress.path("failed").asInt()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED_ITEMS).list()).extracting(ProcessInstance::getProcessDefinitionId)
                .containsOnly(target.getId());
        assertThat(runtimeService.createIncidentQuery().count()).isZero();

        long itemId = jdbc.sql("select id from v_item where business_key = ?").param(seed.get(0).getBusinessKey())
                .query(Long.class).single();
        JsonNode item = json(send("coordinator", "GET", "/api/items/" + itemId, null,
                java.net.http.HttpRequest.BodyPublishers.noBody()), 200);
        assertThat(item.path("process").path("processDefinitionVersion").asInt()).isEqualTo(target.getVersion());
        assertThat(item.path("timeline").toString()).contains("\"kind\":\"MIGRATION\"", "\"outcome\":\"MOVED\"",
                "\"actor\":\"modeller\"", "版本 " + target.getVersion());
    }

    @Test
    void badRequestsNameTheFieldAndNobodyButModellersMayMigrate() throws Exception {
        assertThat(json(postJson("modeller", "/api/migrations",
                "{\"processDefinitionKey\":\"action-item\",\"selection\":\"PLAN\"}"), 400).toString())
                .contains("docNumber");
        assertThat(json(postJson("modeller", "/api/migrations/plan", "{\"processDefinitionKey\":\"no-such\"}"), 404)
                .toString()).contains("processDefinitionKey");
        assertThat(json(postJson("modeller", "/api/migrations", "{\"processDefinitionKey\":\"action-item\","
                + "\"selection\":\"ONE\",\"processInstanceId\":\"no-such-instance\"}"), 404).toString())
                .contains("processInstanceId");

        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("extension-request").latestVersion().singleResult();
        String generate = "{\"sourceProcessDefinitionId\":\"" + definition.getId()
                + "\",\"targetProcessDefinitionId\":\"" + definition.getId() + "\",\"updateEventTriggers\":true}";
        for (String user : List.of("commerce", "coordination-office", "coordinator")) {
            assertThat(postJson(user, "/api/migrations", BY_PLAN).statusCode()).as(user).isEqualTo(403);
            assertThat(postJson(user, "/engine-rest/migration/generate", generate).statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(postJson(user, "/engine-rest/migration/executeAsync", "{}").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(json(postJson("modeller", "/engine-rest/migration/generate", generate), 200)
                .path("instructions")).isNotEmpty();
    }
}
