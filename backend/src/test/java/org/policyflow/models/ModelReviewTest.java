package org.policyflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.policyflow.engine.DeploymentCheck.Candidate;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.CurrentUser.GroupRef;
import org.policyflow.identity.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reviewed deploys: a modeller submits a change, the model rules check it at once, an administrator approves (the
 * server deploys it as a new version) or returns it with a reason; and, with policyflow.models.review=true, the
 * engine refuses a modeller's direct deployment while an administrator's passes. Each pending change is a task
 * 审核模型变更 in the administrators' inbox that only the approval or the return completes. The application runs with
 * review=false (demo profile), where direct deployment stays open (AuthorizationMatrixTest's DEPLOY row).
 */
class ModelReviewTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    /** A process of its own for each test (one pending change per model), and the two users of the review. */
    private final String key = "review_" + UUID.randomUUID().toString().replace("-", "");
    private final String resource = "bpmn/" + key + ".bpmn";
    private HttpSession modeller;
    private HttpSession admin;

    @BeforeEach
    void users() {
        modeller = HttpSession.basic(base(), "modeller", "demo");
        admin = HttpSession.basic(base(), "admin", "demo");
    }

    @AfterEach
    void noUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvedChangeIsDeployedAndRecordsWhoSubmittedAndWhoApproved() throws Exception {

        HttpSession.Response submitted =
                modeller.send("POST", "/api/models/changes", submission(resource, process(key, "核对")));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = JSON.readTree(submitted.body()).path("id").asLong();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
                .as("nothing deployed before the approval").isZero();
        assertThat(modeller.send("POST", "/api/models/changes", submission(resource, process(key, "再核对"))).status())
                .as("one pending change per model").isEqualTo(409);
        assertThat(modeller.send("POST", "/api/models/changes/" + id + "/approve", null).status()).isEqualTo(403);

        HttpSession.Response approved = admin.send("POST", "/api/models/changes/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode change = JSON.readTree(approved.body());
        assertThat(List.of(change.path("status").asText(), change.path("submittedBy").asText(),
                change.path("decidedBy").asText())).containsExactly("APPROVED", "modeller", "admin");
        ProcessDefinition deployed = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult();
        assertThat(deployed.getDeploymentId()).isEqualTo(change.path("deploymentId").asText());
        assertThat(deployed.getResourceName()).isEqualTo(resource);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deployed.getDeploymentId()).singleResult()
                .getSource()).isEqualTo(ModelChanges.MODELER_SOURCE);
        assertThat(admin.send("POST", "/api/models/changes/" + id + "/approve", null).status())
                .as("decided once").isEqualTo(409);
    }

    @Test
    void returnedChangeShowsItsReasonAndIsNeverDeployed() throws Exception {
        long id = JSON.readTree(modeller.send("POST", "/api/models/changes", submission(resource, process(key, "核对")))
                .body()).path("id").asLong();

        HttpSession.Response blank = admin.send("POST", "/api/models/changes/" + id + "/return", "{\"reason\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");
        assertThat(admin.send("POST", "/api/models/changes/" + id + "/return", "{\"reason\":\"任务名称请与表单一致\"}")
                .status()).isEqualTo(200);

        JsonNode seen = JSON.readTree(modeller.get("/api/models/changes/" + id).body());
        assertThat(List.of(seen.path("status").asText(), seen.path("returnReason").asText()))
                .containsExactly("RETURNED", "任务名称请与表单一致");
        assertThat(JSON.readTree(modeller.get("/api/models/changes?status=RETURNED").body()).findValuesAsText("id"))
                .contains(String.valueOf(id));
        assertThat(admin.send("POST", "/api/models/changes/" + id + "/approve", null).status()).isEqualTo(409);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aPendingChangeIsATaskInTheAdministratorsInboxThatOnlyTheDecisionCompletes() throws Exception {
        long id = JSON.readTree(modeller.send("POST", "/api/models/changes", submission(resource, process(key, "核对")))
                .body()).path("id").asLong();

        JsonNode task = reviewTask(admin).orElseThrow();
        assertThat(List.of(task.path("taskKey").asText(), task.path("title").asText()))
                .containsExactly("ReviewModelChange", "审核模型变更 · " + resource);
        String taskId = task.path("taskId").asText();
        for (HttpSession other : List.of(modeller, HttpSession.basic(base(), "coordinator", "demo"))) {
            assertThat(reviewTask(other)).as("only administrators see the review").isEmpty();
            assertThat(other.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        }
        // completed outside the review (Tasklist and /engine-rest come here through the same TaskService; the engine's
        // REST API is not used: ModelDeploymentRestartTest's own engine, stopped, takes the name "default" with it)
        assertThatThrownBy(() -> taskService.complete(taskId)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("/modeler/review?change=" + id);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the review task stays open").isOne();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

        assertThat(admin.send("POST", "/api/models/changes/" + id + "/approve", null).status()).isEqualTo(200);
        assertThat(reviewTask(admin)).as("approved: the task is done").isEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();

        String returned = "bpmn/" + key + "-b.bpmn";
        long second = JSON.readTree(modeller.send("POST", "/api/models/changes",
                submission(returned, process(key + "_b", "核对"))).body()).path("id").asLong();
        assertThat(reviewTask(admin, returned)).isPresent();
        assertThat(admin.send("POST", "/api/models/changes/" + second + "/return", "{\"reason\":\"请补充文档\"}")
                .status()).isEqualTo(200);
        assertThat(reviewTask(admin, returned)).as("returned: the task is done").isEmpty();
        assertThat(JSON.readTree(admin.get("/api/models/changes/" + second).body()).path("returnReason").asText())
                .isEqualTo("请补充文档");
    }

    @Test
    void theModelRulesRefuseAChangeWhenItIsSubmitted() {
        String scripted = process("review_script", "核对").replace("<bpmn:startEvent id=\"start\"/>",
                "<bpmn:scriptTask id=\"Evil\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
                        + "</bpmn:scriptTask>");
        HttpSession.Response refused = modeller.send("POST", "/api/models/changes",
                submission("bpmn/review-script.bpmn", scripted));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("content", "Evil");
        assertThat(modeller.send("POST", "/api/models/changes", submission("bpmn/notes.txt", "x")).body())
                .contains("resourceName");
        assertThat(modeller.send("POST", "/api/models/changes", submission("../../etc/a.bpmn", process("k", "n")))
                .status()).isEqualTo(400);
    }

    @Test
    void withReviewOnTheEngineRefusesAModellersDeploymentButNotAnAdministratorsOrTheServers() {
        ReviewedDeployments reviewed = new ReviewedDeployments(new ModelReviewProperties(true));
        Candidate deployment = new Candidate("policyflow-models", true, Map.of("bpmn/x.bpmn", new byte[0]));

        reviewed.check(deployment); // no user: bpmn/ at start-up
        signIn("admin", "admins");
        reviewed.check(deployment);
        signIn("modeller", "modellers");
        assertThatThrownBy(() -> reviewed.check(deployment)).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("POST /api/models/changes");
        reviewed.check(new Candidate("policyflow-models", false, Map.of())); // re-read after a restart
        new ReviewedDeployments(new ModelReviewProperties(false)).check(deployment);
    }

    /** This test's 审核模型变更 in the user's inbox, if it is there. */
    private Optional<JsonNode> reviewTask(HttpSession user) throws Exception {
        return reviewTask(user, resource);
    }

    private static Optional<JsonNode> reviewTask(HttpSession user, String resource) throws Exception {
        JsonNode rows = JSON.readTree(user.get("/api/inbox?size=100").body()).path("rows");
        for (JsonNode row : rows) {
            if (row.path("title").asText().endsWith(" · " + resource)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static void signIn(String userId, String group) {
        CurrentUser user = new CurrentUser(userId, userId, List.of(new GroupRef(group, group)), List.of());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, List.of()));
    }

    private static String submission(String resource, String content) {
        try {
            return JSON.writeValueAsString(Map.of("resourceName", resource, "content", content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String process(String key, String taskName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://policyflow.org/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start"/>
                    <bpmn:userTask id="Check" name="%s"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, taskName);
    }

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }
}
