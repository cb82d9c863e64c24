package org.policyflow.web;

import static org.assertj.core.api.Assertions.fail;
import static org.policyflow.web.AttackFixtures.ADMIN;
import static org.policyflow.web.AttackFixtures.ANONYMOUS;
import static org.policyflow.web.AttackFixtures.COORDINATOR;
import static org.policyflow.web.AttackFixtures.COUNTY;
import static org.policyflow.web.AttackFixtures.LEAD;
import static org.policyflow.web.AttackFixtures.MODELLER;
import static org.policyflow.web.AttackFixtures.ROLES;
import static org.policyflow.web.AttackFixtures.SUPPORTING;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policyflow.identity.HttpSession;
import org.policyflow.web.AttackFixtures.Role;
import org.policyflow.web.AttackFixtures.World;
import org.policyflow.models.AttackModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacker's checklist (issue 14): every role — the lead, a supporting and a county-level body of an item, the
 * coordinating office, a modeller, an administrator and nobody — against every state-changing endpoint of the
 * engine REST API (enumerated from Camunda's own OpenAPI document, under /engine-rest and under the webapps'
 * /camunda/api/engine/engine/default) and of PolicyFlow's /api (enumerated from springdoc at run time), so a new
 * endpoint is covered without anyone adding it here. Path parameters are real ids seen from the role: its own task,
 * another body's task, the item's process instance; definitions, deployments, users, groups, tenants and
 * authorizations are victims of their own, so that a case which gets through harms nothing else.
 *
 * <p>Expected: anonymous 401; a department only claims, unclaims, comments, completes through its form and hands a
 * task to a colleague of its own body, besides POST queries; the coordinating office the same on its own tasks, plus
 * plan import; a modeller deploys a clean model; an administrator manages users, groups, tenants and
 * authorizations (the rest of what an administrator sends may go either way: Camunda's administrators can grant
 * themselves anything). Every case fails on a 5xx, on a 2xx where a refusal is due, and on a refusal that changed
 * a row ({@link DatabaseSnapshot} before and after each request).
 */
class AttackerChecklistTest extends RunningApplication {

    private static final List<String> ENGINE_PREFIXES = List.of("/engine-rest", "/camunda/api/engine/engine/default");
    /**
     * Under the webapps' path the same resources answer behind another filter chain; the departments (and nobody)
     * are what a guard of /engine-rest alone would miss there, the other roles meet the same engine authorizations.
     */
    private static final List<Role> WEBAPP_ROLES = List.of(LEAD, SUPPORTING, COUNTY, COORDINATOR, ANONYMOUS);
    private static final String OWN_TASK = "own task";
    private static final String OTHER_TASK = "another body's task";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** What the answer must be. */
    enum Expect {
        /** 4xx, nothing written */
        REFUSE,
        /** 2xx */
        ALLOW,
        /** a query: 2xx, nothing written */
        READ,
        /** either way, but a refusal writes nothing */
        EITHER,
        /** 401 (the webapps' CSRF filter may answer 403 first), nothing written */
        ANONYMOUS,
        /** a failed login: 4xx (401, or 403 without the CSRF token); it may count the failure */
        LOGIN
    }

    record Endpoint(String method, String path, String operation, boolean multipart) {
    }

    record Case(Role role, String prefix, Endpoint endpoint, String variant, Expect expect, String body) {

        String name() {
            return role.name() + " " + endpoint.method() + " " + prefix + endpoint.path()
                    + (variant.isEmpty() ? "" : " [" + variant + "]") + " → " + expect;
        }
    }

    /** Operations an administrator is there for. */
    private static final Set<String> IDENTITY_MANAGEMENT = Set.of("createUser", "deleteUser", "updateCredentials",
            "updateProfile", "unlockUser", "createGroup", "deleteGroup", "updateGroup", "createGroupMember",
            "deleteGroupMember", "createAuthorization", "deleteAuthorization", "updateAuthorization", "createTenant",
            "deleteTenant", "updateTenant", "createGroupMembership", "deleteGroupMembership", "createUserMembership",
            "deleteUserMembership");

    /** What a department may do on its own task with the matrix's request as it is. */
    private static final Set<String> OWN_TASK_ACTIONS = Set.of("unclaim", "createComment");

    /** Request bodies of the engine's operations; {…} are filled per case. Others send {}. */
    private static final Map<String, String> BODIES = bodies();

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Map<Expect, int[]> TALLY = new java.util.EnumMap<>(Expect.class);
    private static final List<String> FAILURES = new ArrayList<>();
    private static final Set<String> UNLISTED_API = new TreeSet<>();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ObjectMapper json;

    private AttackFixtures fixtures;
    private DatabaseSnapshot snapshot;
    private World world;
    private Map<String, Long> lastSnapshot;
    private final Map<String, HttpSession> clients = new HashMap<>();

    @TestFactory
    Stream<DynamicNode> everyRoleAgainstEveryStateChangingEndpoint() throws IOException {
        fixtures = new AttackFixtures(this, context);
        fixtures.createOnce();
        snapshot = new DatabaseSnapshot(jdbc);
        List<Endpoint> engine = engineEndpoints().stream().filter(endpoint -> !isQuery(endpoint.operation())).toList();
        List<DynamicNode> groups = new ArrayList<>();
        for (String prefix : ENGINE_PREFIXES) {
            groups.add(DynamicContainer.dynamicContainer(prefix, engine.stream()
                    .map(endpoint -> endpointCases(prefix, endpoint, engineCases(prefix, endpoint)))));
            groups.add(DynamicContainer.dynamicContainer(prefix + " allow-list", allowList(prefix).stream()
                    .map(this::dynamic)));
        }
        groups.add(DynamicContainer.dynamicContainer("/api", apiEndpoints().stream()
                .map(endpoint -> endpointCases("", endpoint, apiCases(endpoint)))));
        return groups.stream();
    }

    @AfterAll
    static void summary() {
        StringBuilder figures = new StringBuilder("attacker's checklist:");
        TALLY.forEach((expect, count) -> figures.append(' ').append(expect).append(' ').append(count[0]));
        System.out.println(figures + "; failed " + FAILURES.size());
        FAILURES.forEach(failure -> System.out.println("  FAILED " + failure));
        UNLISTED_API.forEach(endpoint -> System.out.println("  /api endpoint without an expectation here (only no"
                + " 5xx, 401 for anonymous and nothing written by a refusal are checked): " + endpoint));
    }

    private DynamicContainer endpointCases(String prefix, Endpoint endpoint, List<Case> cases) {
        return DynamicContainer.dynamicContainer(endpoint.method() + " " + prefix + endpoint.path(),
                cases.stream().map(this::dynamic));
    }

    private DynamicTest dynamic(Case attack) {
        return DynamicTest.dynamicTest(attack.name(), () -> {
            String failure = run(attack);
            if (failure != null) {
                FAILURES.add(attack.name() + ": " + failure);
                fail(failure);
            }
        });
    }

    private List<Case> engineCases(String prefix, Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        boolean onTask = endpoint.path().startsWith("/task/{id}");
        for (Role role : prefix.startsWith("/camunda") ? WEBAPP_ROLES : ROLES) {
            List<String> variants = !onTask ? List.of("")
                    : role.isDepartment() ? List.of(OWN_TASK, OTHER_TASK) : List.of(OTHER_TASK);
            for (String variant : variants) {
                cases.add(new Case(role, prefix, endpoint, variant, engineExpectation(role, endpoint, variant),
                        BODIES.getOrDefault(endpoint.operation(), "{}")));
            }
        }
        return cases;
    }

    /** POST queries change nothing; the allow-list sends two of them, the rest are no part of the checklist. */
    private static boolean isQuery(String operation) {
        return operation.startsWith("query") || operation.startsWith("postQuery")
                || operation.startsWith("postExecuteFilter") || operation.equals("checkPassword");
    }

    private static Expect engineExpectation(Role role, Endpoint endpoint, String variant) {
        String operation = endpoint.operation();
        if (role == ANONYMOUS) {
            return Expect.ANONYMOUS;
        }
        if (role == ADMIN) {
            return IDENTITY_MANAGEMENT.contains(operation) ? Expect.ALLOW : Expect.EITHER;
        }
        return variant.equals(OWN_TASK) && OWN_TASK_ACTIONS.contains(operation) ? Expect.ALLOW : Expect.REFUSE;
    }

    /** What each department and the coordinating office may do on their own task, with a benign request. */
    private List<Case> allowList(String prefix) {
        List<Case> cases = new ArrayList<>();
        for (Role role : List.of(LEAD, SUPPORTING, COUNTY, COORDINATOR)) {
            cases.add(allowed(role, prefix, "POST", "/task/{id}/claim", "claim", "{\"userId\":\"{self}\"}"));
            cases.add(allowed(role, prefix, "POST", "/task/{id}/assignee", "setAssignee",
                    "{\"userId\":\"{colleague}\"}"));
            cases.add(allowed(role, prefix, "POST", "/task/{id}/delegate", "delegateTask",
                    "{\"userId\":\"{colleague}\"}"));
            cases.add(allowed(role, prefix, "POST", "/task/{id}/submit-form", "submit",
                    "{\"variables\":" + AttackFixtures.formOnly(role) + "}"));
            cases.add(allowed(role, prefix, "POST", "/task/{id}/complete", "complete",
                    "{\"variables\":" + AttackFixtures.formOnly(role) + "}"));
        }
        for (Role role : List.of(LEAD, COUNTY, COORDINATOR)) {
            cases.add(new Case(role, prefix, new Endpoint("POST", "/task", "queryTasks", false), "", Expect.READ,
                    "{\"candidateGroup\":\"{selfBody}\"}"));
            cases.add(new Case(role, prefix, new Endpoint("POST", "/history/task/count", "queryHistoricTaskInstancesCount",
                    false), "", Expect.READ, "{\"taskAssignee\":\"{self}\"}"));
        }
        cases.add(new Case(MODELLER, prefix, new Endpoint("POST", "/deployment/create", "cleanDeployment", true),
                "a clean model", Expect.ALLOW, ""));
        return cases;
    }

    private static Case allowed(Role role, String prefix, String method, String path, String operation,
            String body) {
        return new Case(role, prefix, new Endpoint(method, path, operation, false), OWN_TASK, Expect.ALLOW, body);
    }

    private List<Case> apiCases(Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        boolean onTask = endpoint.path().startsWith("/api/tasks/{id}");
        for (Role role : ROLES) {
            List<String> variants = !onTask ? List.of("")
                    : role.isDepartment() ? List.of(OWN_TASK, OTHER_TASK) : List.of(OTHER_TASK);
            for (String variant : variants) {
                cases.add(new Case(role, "", endpoint, variant, apiExpectation(role, endpoint, variant),
                        apiBody(endpoint)));
            }
        }
        return cases;
    }

    private static Expect apiExpectation(Role role, Endpoint endpoint, String variant) {
        String path = endpoint.path();
        if (path.equals("/api/session")) {
            return endpoint.method().equals("POST") ? Expect.LOGIN : Expect.EITHER;
        }
        if (role == ANONYMOUS) {
            return Expect.ANONYMOUS;
        }
        if (role == ADMIN) {
            return Expect.EITHER;
        }
        if (path.startsWith("/api/plans")) {
            return role == COORDINATOR ? Expect.ALLOW : Expect.REFUSE;
        }
        if (path.matches("/api/tasks/\\{id}/(claim|unclaim|delegate|comments|attachments)")) {
            return variant.equals(OWN_TASK) ? Expect.ALLOW : Expect.REFUSE;
        }
        if (path.equals("/api/tasks/{id}/extension")) {
            // the world's tasks are acknowledgements, during which no extension can be asked for
            return Expect.REFUSE;
        }
        if (path.equals("/api/items/{id}/work-plan-changes")) {
            // only the lead, and the world's lead has no work plan yet (its 签收 is open): 409 for it, 403 for others;
            // WorkPlanChangeTest requests and decides real ones
            return Expect.REFUSE;
        }
        if (path.equals("/api/messages/{id}/read")) {
            // {id} is a message to a body none of the roles works for
            return Expect.REFUSE;
        }
        if (path.equals("/api/messages/read-all")) {
            return Expect.ALLOW;
        }
        if (path.equals("/api/messages/webhooks/{departmentId}")) {
            return role == COORDINATOR ? Expect.ALLOW : Expect.REFUSE;
        }
        if (path.equals("/api/inbox/acknowledgements")) {
            // 批量签收 of another body's task
            return Expect.REFUSE;
        }
        if (path.equals("/api/escalations/{id}/withdraw")) {
            // only the coordinating office withdraws a 督办 (AuthorizationMatrixTest withdraws real ones)
            return role == COORDINATOR ? Expect.EITHER : Expect.REFUSE;
        }
        if (path.equals("/api/models/changes")) {
            // a modeller submits a change for review (ModelReviewTest); the checklist's empty body is refused
            return role == MODELLER ? Expect.EITHER : Expect.REFUSE;
        }
        if (path.matches("/api/models/changes/\\{id}/(approve|return)")) {
            // administrators alone decide a change (AuthorizationMatrixTest decides real ones)
            return Expect.REFUSE;
        }
        UNLISTED_API.add(endpoint.method() + " " + path);
        return Expect.EITHER;
    }

    private static String apiBody(Endpoint endpoint) {
        String path = endpoint.path();
        if (path.equals("/api/session")) {
            return "{\"username\":\"nobody-attack\",\"password\":\"wrong\"}";
        }
        if (path.equals("/api/plans/preview")) {
            return "{\"text\":" + quote(HostileInputTest.SMALL_PLAN) + "}";
        }
        if (path.equals("/api/plans")) {
            return "{\"text\":\"{plan}\"}";
        }
        if (path.endsWith("/delegate")) {
            return "{\"userId\":\"{colleague}\"}";
        }
        if (path.endsWith("/comments")) {
            return "{\"message\":\"攻击者的意见\"}";
        }
        if (path.endsWith("/withdraw")) {
            return "{\"reason\":\"攻击者撤销督办\"}";
        }
        if (path.equals("/api/inbox/acknowledgements")) {
            return "{\"taskIds\":[\"{otherTask}\"],\"comment\":\"攻击者批量签收\"}";
        }
        if (path.endsWith("/extension")) {
            return "{\"reason\":\"伪造的延期理由\",\"newDueDate\":\"2099-12-31\"}";
        }
        if (path.startsWith("/api/messages/webhooks/")) {
            // on this machine, where nothing listens: a delivery to it never leaves the host
            return "{\"url\":\"http://127.0.0.1:9/robot\"}";
        }
        return "{}";
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Deletes the batches; one whose job the job executor is running at that moment is deleted on the next try. */
    private void cancelBatches() {
        for (int attempt = 0; attempt < 20 && managementService.createBatchQuery().count() > 0; attempt++) {
            for (Batch batch : managementService.createBatchQuery().list()) {
                try {
                    managementService.deleteBatch(batch.getId(), true);
                } catch (OptimisticLockingException | NullValueException e) {
                    // the job executor changed or finished it meanwhile
                }
            }
        }
    }

    /** Runs one case; the failure, or null. */
    private String run(Case attack) {
        if (lastSnapshot == null) {
            // the previous case wrote something: an administrator may have deleted a victim
            fixtures.createOnce();
            fixtures.ensureVictims();
        }
        if (world == null || world.dirty) {
            world = fixtures.newWorld();
            lastSnapshot = null;
        }
        Role role = attack.role();
        String task = attack.variant().equals(OWN_TASK) ? world.ownTask(role)
                : attack.variant().equals(OTHER_TASK) ? world.otherTask(role) : null;
        // queries go out paged: an unpaged query of an administrator reads the whole history
        String path = attack.prefix() + fill(attack.endpoint().path(), role, task)
                + (attack.expect() == Expect.READ ? "?firstResult=0&maxResults=5" : "");
        Request request = request(attack, role);

        // the snapshot after one case is the one before the next, unless fixtures were made in between
        Map<String, Long> before = lastSnapshot == null ? snapshot.take() : lastSnapshot;
        HttpSession.Response answer = client(role, attack.prefix()).send(attack.endpoint().method(), path,
                request.contentType(), request.body());
        lastSnapshot = snapshot.take();
        String changed = DatabaseSnapshot.difference(before, lastSnapshot);
        if (!changed.isEmpty()) {
            lastSnapshot = null;
            // an administrator's batch (modification-async, …) would go on writing in the background, and the rows
            // it writes would be charged to the next case
            cancelBatches();
            runDueJobs();
            if (attack.expect() == Expect.ALLOW && task != null
                    && taskService.createTaskQuery().taskId(task).count() == 1) {
                handBack(task);
            } else if (Pattern.compile("(ACT_RU_(?!AUTHORIZATION)|PF_)").matcher(changed).find()) {
                world.dirty = true;
            }
        }
        int[] tally = TALLY.computeIfAbsent(attack.expect(), expect -> new int[1]);
        if (++tally[0] % 250 == 0) {
            System.out.printf("attacker's checklist: %d × %s, %d failed so far%n", tally[0], attack.expect(),
                    FAILURES.size());
        }

        int status = answer.status();
        String seen = status + " " + abbreviate(answer.body()) + (changed.isEmpty() ? "" : "; changed: " + changed);
        boolean refused = status >= 400 && status < 500;
        if (status >= 500) {
            return "server error " + seen;
        }
        return switch (attack.expect()) {
            case REFUSE -> !refused ? "should be refused, answered " + seen
                    : changed.isEmpty() ? null : "refused but wrote: " + seen;
            case ALLOW -> status < 300 ? null : "should be allowed, answered " + seen;
            case READ -> status >= 300 ? "a query should be answered, answered " + seen
                    : changed.isEmpty() ? null : "a query wrote: " + seen;
            case EITHER -> refused && !changed.isEmpty() ? "refused but wrote: " + seen : null;
            case ANONYMOUS -> (status == 401 || status == 403 && attack.prefix().startsWith("/camunda"))
                    && changed.isEmpty() ? null : "anonymous should get 401, answered " + seen;
            case LOGIN -> refused ? null : "a wrong password should be refused, answered " + seen;
        };
    }

    /**
     * Runs now the jobs a case made due: the world's items have timers (签收 reminders and 催办), and an administrator's
     * new due date for one (PUT /job/{id}/duedate) would make the job executor fire it in the background and charge
     * its rows to the next case.
     */
    private void runDueJobs() {
        for (Job job : managementService.createJobQuery().executable().list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException ranMeanwhileOrFailed) {
                // the job executor took it first, or the job fails as the case left it: nothing waits any more
            }
        }
    }

    /** Undoes an allowed claim, assignment or delegation, so that the next case finds the task unassigned again. */
    private void handBack(String task) {
        Task open = taskService.createTaskQuery().taskId(task).singleResult();
        if (open.getDelegationState() == DelegationState.PENDING) {
            taskService.resolveTask(task);
        }
        taskService.setAssignee(task, null);
    }

    private record Request(String contentType, BodyPublisher body) {
    }

    private Request request(Case attack, Role role) {
        Endpoint endpoint = attack.endpoint();
        if (endpoint.method().equals("DELETE") && !attack.prefix().isEmpty()) {
            return new Request(null, BodyPublishers.noBody());
        }
        if (endpoint.multipart()) {
            Multipart form = multipart(endpoint);
            return new Request(form.contentType(), BodyPublishers.ofByteArray(form.bytes()));
        }
        String body = attack.body()
                .replace("{self}", role.user() == null ? "nobody" : role.user())
                .replace("{selfBody}", role.body() == null ? AttackFixtures.OUTSIDER : role.body())
                .replace("{colleague}", role.user() == null ? "nobody" : role.colleague())
                .replace("{other}", role == LEAD ? COUNTY.user() : LEAD.user())
                .replace("{otherBody}", role == LEAD ? COUNTY.body() : LEAD.body())
                .replace("{instance}", world.instance)
                .replace("{otherTask}", world.otherTask(role))
                .replace("{hostileForm}", hostileForm(role))
                .replace("{n}", String.valueOf(UNIQUE.incrementAndGet()));
        if (body.contains("{plan}")) {
            int number = 9000 + UNIQUE.incrementAndGet();
            body = body.replace("\"{plan}\"", quote(HostileInputTest.SMALL_PLAN.replace("999号", number + "号")));
        }
        return new Request("application/json", BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The values of the role's own form plus the routing variable that decides who leads (issue 14, seen 1). */
    private static String hostileForm(Role role) {
        String form = AttackFixtures.formOnly(role.isDepartment() ? role : SUPPORTING);
        return "{\"leadDepartmentId\":{\"value\":\"" + (role.body() == null ? AttackFixtures.OUTSIDER : role.body())
                + "\",\"type\":\"String\"}," + form.substring(1);
    }

    private static Multipart multipart(Endpoint endpoint) {
        return switch (endpoint.operation()) {
            case "createDeployment" -> new Multipart().field("deployment-name", "attack")
                    .file("data", "attack.bpmn", "application/octet-stream",
                            AttackModels.beanReaching("attackChecklist").getBytes(StandardCharsets.UTF_8));
            case "cleanDeployment" -> new Multipart().field("deployment-name", "clean")
                    .field("deploy-changed-only", "true")
                    .file("data", "attack-clean.bpmn", "application/octet-stream",
                            HostileInputTest.validProcess("attackClean").getBytes(StandardCharsets.UTF_8));
            case "addAttachment" -> new Multipart().field("attachment-name", "攻击.txt")
                    .field("attachment-type", "text/plain")
                    .file("content", "attack.txt", "text/plain", "attack".getBytes(StandardCharsets.UTF_8));
            case "upload" -> new Multipart().file("file", "进展材料.pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
            default -> new Multipart().field("valueType", "Bytes")
                    .file("data", "attack.bin", "application/octet-stream", new byte[] {1, 2, 3});
        };
    }

    private String fill(String template, Role role, String task) {
        String resource = template.startsWith("/api/") ? "api" : template.split("/")[1];
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(path, Matcher.quoteReplacement(value(resource, template,
                    parameters.group(1), role, task)));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private String value(String resource, String template, String parameter, Role role, String task) {
        switch (parameter) {
            case "varName":
                return "leadDepartmentId";
            case "tenant-id":
                return AttackFixtures.VICTIM_TENANT;
            case "messageName":
                return "extension-requested";
            case "userId":
                return role.user() == null ? AttackFixtures.VICTIM_USER : role.user();
            case "groupId":
                return role.body() == null ? AttackFixtures.VICTIM_GROUP : role.body();
            case "key":
                return resource.equals("decision-definition") ? AttackFixtures.VICTIM_DECISION
                        : AttackFixtures.VICTIM_PROCESS;
            case "departmentId":
                return AttackFixtures.OUTSIDER;
            case "id":
                if (template.startsWith("/api/messages/")) {
                    return outsidersMessage();
                }
                if (template.startsWith("/api/escalations/") || template.startsWith("/api/models/")) {
                    // no such 督办: a refusal must come before the lookup (AuthorizationMatrixTest uses real ones)
                    return "0";
                }
                if (template.startsWith("/api/items/")) {
                    return String.valueOf(world.itemId);
                }
                break;
            default:
                return "no-such-" + parameter;
        }
        return switch (resource) {
            case "api", "task" -> task;
            case "process-instance", "execution" -> world.instance;
            case "history" -> template.startsWith("/history/process-instance/") ? world.instance : "no-such-id";
            case "process-definition" -> fixtures.victimProcessDefinition();
            case "decision-definition" -> fixtures.victimDecisionDefinition();
            case "deployment" -> fixtures.victimDeployment();
            case "user" -> AttackFixtures.VICTIM_USER;
            case "group" -> AttackFixtures.VICTIM_GROUP;
            case "tenant" -> AttackFixtures.VICTIM_TENANT;
            case "authorization" -> fixtures.victimAuthorization();
            case "job" -> fixtures.jobOf(world);
            default -> "no-such-id";
        };
    }

    /** A 站内消息 to the body none of the roles works for, as the message centre writes one. */
    private String outsidersMessage() {
        jdbc.sql("insert into pf_message (department_id, kind, title, body, link, task_count, created_at)"
                + " values (?, 'NOTICE', '攻击测试', '攻击测试正文', '/inbox', 0, ?)")
                .params(AttackFixtures.OUTSIDER, java.sql.Timestamp.from(java.time.Instant.now())).update();
        lastSnapshot = null; // a fixture, not the case's doing
        return String.valueOf(jdbc.sql("select max(id) from pf_message where department_id = ?")
                .param(AttackFixtures.OUTSIDER).query(Long.class).single());
    }

    /** One client per role and API: HTTP Basic with a cookie jar, which the webapps' CSRF token needs. */
    private HttpSession client(Role role, String prefix) {
        String api = prefix.startsWith("/camunda") ? "webapp" : "rest";
        return clients.computeIfAbsent(role.name() + " " + api, key -> {
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            HttpSession session = role.user() == null ? HttpSession.anonymous(base)
                    : HttpSession.basic(base, role.user(), PASSWORD);
            if (api.equals("webapp")) {
                session.get("/camunda/api/engine/engine/default/task/count"); // hands out the webapps' CSRF token
            }
            return session;
        });
    }

    private List<Endpoint> engineEndpoints() throws IOException {
        try (InputStream document = getClass().getResourceAsStream("/openapi.json")) {
            return endpoints(json.readTree(document), "");
        }
    }

    private List<Endpoint> apiEndpoints() throws IOException {
        String docs = send("admin", "GET", "/api/docs.json", null, BodyPublishers.noBody()).body();
        // springdoc lists a MultipartFile request parameter without a multipart request body
        return endpoints(json.readTree(docs), "").stream()
                .map(endpoint -> endpoint.path().endsWith("/attachments") && endpoint.method().equals("POST")
                        ? new Endpoint("POST", endpoint.path(), "upload", true) : endpoint)
                .toList();
    }

    /** The POST, PUT, PATCH and DELETE operations of an OpenAPI document. */
    private static List<Endpoint> endpoints(JsonNode document, String prefix) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    JsonNode content = operation.getValue().path("requestBody").path("content");
                    endpoints.add(new Endpoint(method, prefix + path.getKey(),
                            operation.getValue().path("operationId").asText(),
                            content.has("multipart/form-data") && !content.has("application/json")));
                }
            }
        }
        return endpoints;
    }

    private static Map<String, String> bodies() {
        Map<String, String> bodies = new HashMap<>();
        for (String operation : List.of("putTaskVariable", "putTaskLocalVariable", "setProcessInstanceVariable",
                "putLocalExecutionVariable")) {
            bodies.put(operation, "{\"value\":\"{selfBody}\",\"type\":\"String\"}");
        }
        for (String operation : List.of("modifyTaskVariables", "modifyTaskLocalVariables",
                "modifyProcessInstanceVariables", "modifyLocalExecutionVariables")) {
            bodies.put(operation, "{\"modifications\":{\"leadDepartmentId\":{\"value\":\"{selfBody}\",\"type\":\"String\"}}}");
        }
        bodies.put("claim", "{\"userId\":\"{other}\"}");
        bodies.put("setAssignee", "{\"userId\":\"{other}\"}");
        bodies.put("delegateTask", "{\"userId\":\"{other}\"}");
        bodies.put("addIdentityLink", "{\"groupId\":\"{otherBody}\",\"type\":\"candidate\"}");
        bodies.put("deleteIdentityLink", "{\"groupId\":\"{selfBody}\",\"type\":\"candidate\"}");
        bodies.put("createComment", "{\"message\":\"攻击者的意见\"}");
        bodies.put("updateTaskComment", "{\"id\":\"no-such-id\",\"message\":\"改写的意见\"}");
        bodies.put("updateProcessInstanceComment", "{\"id\":\"no-such-id\",\"message\":\"改写的意见\"}");
        bodies.put("updateTask", "{\"name\":\"改名\",\"assignee\":\"{other}\",\"owner\":\"{other}\","
                + "\"due\":\"2030-01-01T00:00:00.000+0000\"}");
        bodies.put("complete", "{\"variables\":{hostileForm}}");
        bodies.put("submit", "{\"variables\":{hostileForm}}");
        bodies.put("resolve", "{\"variables\":{hostileForm}}");
        bodies.put("handleBpmnError", "{\"errorCode\":\"attack\"}");
        bodies.put("handleEscalation", "{\"escalationCode\":\"attack\"}");
        bodies.put("createTask", "{\"id\":\"attack-task-{n}\",\"name\":\"伪造任务\",\"assignee\":\"{self}\"}");
        bodies.put("deliverMessage", "{\"messageName\":\"extension-requested\",\"processInstanceId\":\"{instance}\","
                + "\"processVariables\":{\"extensionReason\":{\"value\":\"伪造\"},"
                + "\"requestedDueDate\":{\"value\":\"2099-12-31\"}}}");
        bodies.put("throwSignal", "{\"name\":\"attack-signal\"}");
        bodies.put("evaluateCondition", "{\"variables\":{\"x\":{\"value\":1}}}");
        for (String operation : List.of("startProcessInstance", "startProcessInstanceByKey",
                "startProcessInstanceByKeyAndTenantId", "submitForm", "submitFormByKey",
                "submitFormByKeyAndTenantId")) {
            bodies.put(operation, "{\"businessKey\":\"attack-{n}\"}");
        }
        bodies.put("modifyProcessInstance", "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"AcknowledgeLead\"}]}");
        bodies.put("modifyProcessInstanceAsyncOperation",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"AcknowledgeLead\"}]}");
        bodies.put("createIncident", "{\"incidentType\":\"attack\",\"message\":\"伪造\"}");
        bodies.put("setJobDuedate", "{\"duedate\":\"2000-01-01T00:00:00.000+0000\"}");
        bodies.put("setJobRetries", "{\"retries\":7}");
        bodies.put("setJobPriority", "{\"priority\":99}");
        for (String operation : List.of("updateJobSuspensionState", "updateSuspensionStateById",
                "updateProcessDefinitionSuspensionStateById", "updateProcessDefinitionSuspensionStateByKey",
                "updateProcessDefinitionSuspensionStateByKeyAndTenantId")) {
            bodies.put(operation, "{\"suspended\":true}");
        }
        for (String operation : List.of("updateHistoryTimeToLiveByProcessDefinitionId",
                "updateHistoryTimeToLiveByProcessDefinitionKey", "updateHistoryTimeToLiveByDecisionDefinitionId",
                "updateHistoryTimeToLiveByDecisionDefinitionKey")) {
            bodies.put(operation, "{\"historyTimeToLive\":1}");
        }
        bodies.put("createUser", "{\"profile\":{\"id\":\"attack-user-{n}\",\"firstName\":\"攻击\",\"lastName\":\"者\"},"
                + "\"credentials\":{\"password\":\"Attack-password-{n}\"}}");
        bodies.put("updateCredentials", "{\"password\":\"Attack-password-99\",\"authenticatedUserPassword\":\"demo\"}");
        bodies.put("updateProfile", "{\"id\":\"attack-victim\",\"firstName\":\"改\",\"lastName\":\"名\"}");
        bodies.put("createGroup", "{\"id\":\"attack-group-{n}\",\"name\":\"攻击组\",\"type\":\"WORKFLOW\"}");
        bodies.put("updateGroup", "{\"id\":\"attack-victim-group\",\"name\":\"改名\",\"type\":\"WORKFLOW\"}");
        bodies.put("createAuthorization", "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{self}\","
                + "\"resourceType\":7,\"resourceId\":\"*\"}");
        bodies.put("updateAuthorization", "{\"permissions\":[\"ALL\"],\"userId\":\"{self}\",\"resourceType\":5,"
                + "\"resourceId\":\"*\"}");
        bodies.put("createTenant", "{\"id\":\"attackt{n}\",\"name\":\"攻击租户\"}");
        bodies.put("updateTenant", "{\"id\":\"attackvictim\",\"name\":\"改名\"}");
        bodies.put("createFilter", "{\"resourceType\":\"Task\",\"name\":\"攻击过滤器\",\"query\":{}}");
        bodies.put("updateFilter", "{\"resourceType\":\"Task\",\"name\":\"攻击过滤器\",\"query\":{}}");
        bodies.put("fetchAndLock", "{\"workerId\":\"attacker\",\"maxTasks\":1,"
                + "\"topics\":[{\"topicName\":\"any\",\"lockDuration\":1000}]}");
        bodies.put("verifyUser", "{\"username\":\"attack-victim\",\"password\":\"wrong\"}");
        bodies.put("checkPassword", "{\"password\":\"x\"}");
        return bodies;
    }

    private static String abbreviate(String body) {
        String line = body.replace('\n', ' ');
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
