package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyflow.web.AttackFixtures.ADMIN;
import static org.policyflow.web.AttackFixtures.COORDINATOR;
import static org.policyflow.web.AttackFixtures.COUNTY;
import static org.policyflow.web.AttackFixtures.LEAD;
import static org.policyflow.web.AttackFixtures.MODELLER;
import static org.policyflow.web.AttackFixtures.SUPPORTING;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyflow.identity.HttpSession;
import org.policyflow.web.AttackFixtures.World;
import org.policyflow.models.AttackModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each attack of issue 14's "What was seen" (1–8), as it was tried, against the real application over HTTP: refused
 * with a 4xx and nothing written ({@link DatabaseSnapshot}), never a 5xx. {@link AttackerChecklistTest} runs the
 * same kinds of request for every role and endpoint; these are the cases as reported.
 */
class WhatWasSeenTest extends RunningApplication {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    private AttackFixtures fixtures;
    private DatabaseSnapshot snapshot;
    private World world;

    @BeforeEach
    void newWorld() {
        fixtures = new AttackFixtures(this, context);
        fixtures.createOnce();
        fixtures.ensureVictims();
        snapshot = new DatabaseSnapshot(jdbc);
        world = fixtures.newWorld();
    }

    // 1. Routing variables rewritten by a participant

    @Test
    void seen1_supportingBodyCannotMakeItselfLeadThroughATaskVariable() {
        refusedWithoutWriting(() -> send(SUPPORTING.user(), "PUT", "/engine-rest/task/" + world.supportingTask
                + "/variables/leadDepartmentId", "application/json",
                BodyPublishers.ofString("{\"value\":\"industry-it\",\"type\":\"String\"}")));
        assertThat(fixtures.instanceVariable(world, "leadDepartmentId")).isEqualTo(LEAD.body());
    }

    @Test
    void seen1_supportingBodyCannotAddTheLeadToItsForm() {
        refusedWithoutWriting(() -> postJson(SUPPORTING.user(), "/engine-rest/task/" + world.supportingTask
                + "/submit-form", "{\"variables\":{\"leadDepartmentId\":{\"value\":\"industry-it\",\"type\":\"String\"},"
                + "\"partAcknowledged\":{\"value\":true}}}"));
        assertThat(fixtures.instanceVariable(world, "leadDepartmentId")).isEqualTo(LEAD.body());
        assertThat(taskService.createTaskQuery().taskId(world.supportingTask).count()).isEqualTo(1);
    }

    // 2. Hand-over outside the body

    @Test
    void seen2_leadCannotAssignItsTaskToAnotherBodysUser() {
        refusedWithoutWriting(() -> postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/assignee",
                "{\"userId\":\"" + COUNTY.user() + "\"}"));
    }

    @Test
    void seen2_leadCannotMakeAnotherBodyACandidateNorLeaveItAccess() {
        refusedWithoutWriting(() -> postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/identity-links",
                "{\"groupId\":\"" + COUNTY.body() + "\",\"type\":\"candidate\"}"));
        assertThat(send(COUNTY.user(), "GET", "/engine-rest/task/" + world.leadTask, null, BodyPublishers.noBody())
                .statusCode()).as("the other body reads the lead's task").isEqualTo(404);
    }

    // 3. A model reaches the application

    @Test
    void seen3_modellerCannotDeployAModelThatReachesSpringBeans() {
        String key = "seen3BeanReach";
        refusedWithoutWriting(() -> deploy(MODELLER.user(), "bean-reach.bpmn", AttackModels.beanReaching(key)));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(jdbc.sql("select count(*) from ACT_HI_VARINST where TEXT_ like '%$%'").query(Long.class).single())
                .as("a password hash in a variable").isZero();
    }

    // 4. Object variables name their own class

    @Test
    void seen4_anObjectVariableCannotNameItsOwnClass() {
        String victim = runtimeService.startProcessInstanceByKey(AttackFixtures.VICTIM_PROCESS).getId();
        refusedWithoutWriting(() -> send(ADMIN.user(), "PUT", "/engine-rest/process-instance/" + victim
                + "/variables/file", "application/json", BodyPublishers.ofString("{\"type\":\"Object\","
                + "\"value\":\"\\\"/etc/passwd\\\"\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                + "\"serializationDataFormat\":\"application/json\"}}")));
        refusedWithoutWriting(() -> postJson(COUNTY.user(), "/engine-rest/task/" + world.countyTask + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"type\":\"Object\",\"value\":\"\\\"/etc/passwd\\\"\","
                        + "\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                        + "\"serializationDataFormat\":\"application/json\"}}}}"));
    }

    // 5. Accounts

    @Test
    void seen5_aWrongPasswordAnswersTheSameForExistingAndUnknownAccounts() {
        createUser("attack-enumerated");
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpSession.Response existing = login("attack-enumerated", "wrong");
            HttpSession.Response unknown = login("attack-nobody", "wrong");
            assertThat(existing.status()).isEqualTo(401).isEqualTo(unknown.status());
            assertThat(existing.body()).isEqualTo(unknown.body());
            HttpResponse<String> existingBasic = basic("attack-enumerated", "wrong");
            HttpResponse<String> unknownBasic = basic("attack-nobody", "wrong");
            assertThat(existingBasic.statusCode()).isEqualTo(unknownBasic.statusCode());
            assertThat(existingBasic.body()).isEqualTo(unknownBasic.body());
        }
    }

    @Test
    void seen5_anAdministratorUnlocksAnAccountAfterTenWrongPasswords() {
        createUser("attack-locked");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(login("attack-locked", "wrong").status()).isEqualTo(401);
        }
        assertThat(postJson(ADMIN.user(), "/engine-rest/user/attack-locked/unlock", "{}").statusCode())
                .isEqualTo(204);
        assertThat(login("attack-locked", "Attack-password-1").status()).isEqualTo(200);
    }

    // 6. 500s where a 4xx belongs

    @Test
    void seen6_aFigureOf1e999999999InAReportIsRefused() {
        String task = reportingTask();
        String owner = (String) jdbc.sql("select GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ = ? and TYPE_ = 'candidate'")
                .param(task).query(String.class).single();
        long target = jdbc.sql("select id from pf_target where item_id = ?").param(world.itemId).query(Long.class)
                .list().get(0);
        // each form names its narrative: the lead's report and a contributor's material
        String narrative = taskService.createTaskQuery().taskId(task).singleResult().getTaskDefinitionKey()
                .equals("CompileReport") ? "narrative" : "contributionNarrative";
        HttpResponse<String> answer = refusedWithoutWriting(() -> postJson(owner, "/engine-rest/task/" + task
                + "/submit-form",
                "{\"variables\":{\"targetValues\":{\"type\":\"Json\",\"value\":"
                        + quote("[{\"targetId\":" + target + ",\"value\":1e999999999}]")
                        + "},\"" + narrative + "\":{\"value\":\"进展\"}}}"));
        assertThat(answer.statusCode()).as("refused for its figure, not for lack of rights: %s", answer.body())
                .isEqualTo(400);
    }

    @Test
    void seen6_aWorkPlanWithMissingOrExtraRowsIsRefused() {
        int cells = fixtures.workPlanCells(world);
        for (int rows : new int[] {0, 1, cells - 1, cells + 1}) {
            refusedWithoutWriting(() -> postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/submit-form",
                    fixtures.leadAcceptance(world, rows)));
        }
    }

    @Test
    void seen6_fiftyConcurrentClaimsByOneUserGetNo5xx() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(clients.submit(() -> postJson(COUNTY.user(), "/api/tasks/" + world.countyTask + "/claim", "")
                    .statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES));
        }
        clients.shutdown();
        assertThat(statuses).allMatch(status -> status < 500).contains(204);
    }

    @Test
    void seen6_anUploadNamedWithANulCharacterIsRefused() {
        Multipart upload = new Multipart().file("file", "a.html\u0000.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        refusedWithoutWriting(() -> send(COUNTY.user(), "POST", "/api/tasks/" + world.countyTask + "/attachments",
                upload.contentType(), BodyPublishers.ofByteArray(upload.bytes())));
    }

    @Test
    void seen6_negativePagingIsRefused() {
        refusedWithoutWriting(() -> send(COUNTY.user(), "GET", "/engine-rest/task?firstResult=-5", null,
                BodyPublishers.noBody()));
    }

    @Test
    void seen6_deletingAProcessTaskIsRefused() {
        refusedWithoutWriting(() -> send(COUNTY.user(), "DELETE", "/engine-rest/task/" + world.countyTask, null,
                BodyPublishers.noBody()));
        refusedWithoutWriting(() -> send(COORDINATOR.user(), "DELETE", "/engine-rest/task/" + world.countyTask, null,
                BodyPublishers.noBody()));
    }

    @Test
    void seen6_evaluatingConditionsIsRefused() {
        for (String user : List.of(COUNTY.user(), COORDINATOR.user(), MODELLER.user())) {
            refusedWithoutWriting(() -> postJson(user, "/engine-rest/condition", "{\"variables\":{}}"));
        }
    }

    @Test
    void seen6_aDecisionWithADoctypeAndABrokenFormAreRefusedOnDeployment() {
        refusedWithoutWriting(() -> deploy(MODELLER.user(), "doctype.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="&secret;"
                    namespace="http://policyflow.org/test"/>
                """));
        refusedWithoutWriting(() -> deploy(MODELLER.user(), "broken.form", "{\"components\": [ {\"type\": "));
    }

    @Test
    void seen6_aJavaSerializedVariableIsRefused() {
        String victim = runtimeService.startProcessInstanceByKey(AttackFixtures.VICTIM_PROCESS).getId();
        refusedWithoutWriting(() -> send(ADMIN.user(), "PUT", "/engine-rest/process-instance/" + victim
                + "/variables/serialized", "application/json", BodyPublishers.ofString("{\"type\":\"Object\","
                + "\"value\":\"rO0ABXQABHRlc3Q=\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}")));
    }

    // 7. Parsing that never ends (scaled down so that an unfixed reader costs seconds, not the suite's half hour)

    @Test
    void seen7_deeplyNestedNotesAreReadInLinearTime() {
        String plan = HostileInputTest.SMALL_PLAN + "（二）嵌套。" + "（".repeat(4000) + "x" + "）".repeat(4000) + "\n";
        answeredWithin(Duration.ofSeconds(3), plan);
    }

    @Test
    void seen7_manyItemLinesAreReadInLinearTime() {
        StringBuilder plan = new StringBuilder(HostileInputTest.SMALL_PLAN);
        for (int item = 2; item <= 8000; item++) {
            plan.append('（').append(item).append("）开展测试").append(item).append("。年内不少于").append(item)
                    .append("家。（市商务局牵头）\n");
        }
        answeredWithin(Duration.ofSeconds(8), plan.toString());
    }

    // 8. Smaller points

    @Test
    void seen8_anOverlongCommentIsRefusedNotCut() {
        refusedWithoutWriting(() -> postJson(COUNTY.user(), "/api/tasks/" + world.countyTask + "/comments",
                "{\"message\":" + quote("长".repeat(10_000)) + "}"));
        refusedWithoutWriting(() -> postJson(COUNTY.user(), "/engine-rest/task/" + world.countyTask
                + "/comment/create", "{\"message\":" + quote("长".repeat(10_000)) + "}"));
    }

    @Test
    void seen8_aNulCharacterInACommentIsRefused() {
        refusedWithoutWriting(() -> postJson(COUNTY.user(), "/api/tasks/" + world.countyTask + "/comments",
                "{\"message\":\"意见\\u0000隐藏\"}"));
        refusedWithoutWriting(() -> postJson(COUNTY.user(), "/engine-rest/task/" + world.countyTask
                + "/comment/create", "{\"message\":\"意见\\u0000隐藏\"}"));
    }

    @Test
    void seen8_aContestReasonSentAsANumberIsRefused() {
        refusedWithoutWriting(() -> postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/submit-form",
                "{\"variables\":{\"acknowledgement\":{\"value\":\"contest\"},\"contestReason\":{\"value\":42}}}"));
    }

    @Test
    void seen8_theSessionCookieIsSameSiteAndThePagesSendASecurityPolicy() {
        HttpSession.Response login = HttpSession.browser(base()).login(COUNTY.user(), PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // the workbench's policy is PolicyFlow's, Tasklist's is Camunda's own (its pages need a login)
        for (String page : List.of("/", "/camunda/app/tasklist/default/")) {
            HttpHeaders headers = send(COUNTY.user(), "GET", page, null, BodyPublishers.noBody()).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page).isPresent();
            assertThat(headers.firstValue("Referrer-Policy")).as(page).isPresent();
        }
    }

    @Test
    void seen8_departmentsDoNotReadCockpitsStatistics() {
        HttpSession county = HttpSession.login(base(), COUNTY.user(), PASSWORD);
        int status = county.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status();
        assertThat(status).isBetween(400, 499);
    }

    @Test
    void seen8_bodiesReadTheProcessInstancesOfTheirItems() {
        for (String user : List.of(LEAD.user(), SUPPORTING.user(), COUNTY.user())) {
            assertThat(send(user, "GET", "/engine-rest/process-instance/" + world.instance, null,
                    BodyPublishers.noBody()).statusCode()).as(user).isEqualTo(200);
            assertThat(send(user, "GET", "/engine-rest/history/process-instance/" + world.instance, null,
                    BodyPublishers.noBody()).statusCode()).as(user).isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The request is answered with a 4xx, and no row of the engine's or PolicyFlow's tables changed. */
    private HttpResponse<String> refusedWithoutWriting(Supplier<HttpResponse<String>> request) {
        Map<String, Long> before = snapshot.take();
        HttpResponse<String> answer = request.get();
        assertThat(answer.statusCode()).as("answer: %s", answer.body()).isBetween(400, 499);
        assertThat(DatabaseSnapshot.difference(before, snapshot.take())).as("rows changed by a refused request")
                .isEmpty();
        return answer;
    }

    private void answeredWithin(Duration limit, String plan) {
        long started = System.nanoTime();
        HttpResponse<String> answer = send(COORDINATOR.user(), "POST", "/api/plans/preview",
                "text/plain;charset=UTF-8", BodyPublishers.ofString(plan, StandardCharsets.UTF_8), limit.plusSeconds(2));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer).as("no answer within %s", limit.plusSeconds(2)).isNotNull();
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
        assertThat(took).isLessThan(limit);
    }

    /** The world acknowledged by every body: the lead's report or a contribution of its first period. */
    private String reportingTask() {
        fixtures.acknowledged(world);
        return jdbc.sql("""
                select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                where e.ROOT_PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ in ('CompileReport', 'SubmitContribution')
                order by t.TASK_DEF_KEY_""").param(world.instance).query(String.class).list().get(0);
    }

    private HttpResponse<String> deploy(String user, String fileName, String content) {
        Multipart deployment = new Multipart().field("deployment-name", "seen")
                .file("data", fileName, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
        return send(user, "POST", "/engine-rest/deployment/create", deployment.contentType(),
                BodyPublishers.ofByteArray(deployment.bytes()));
    }

    private void createUser(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword("Attack-password-1");
            identityService.saveUser(user);
        }
    }

    private HttpSession.Response login(String user, String password) {
        return HttpSession.browser(base()).login(user, password);
    }

    private HttpResponse<String> basic(String user, String password) {
        return sendAs(user, password, "GET", "/api/session");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
