package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input nobody should send: broken, oversized, mistyped or malicious requests to the plan import, the engine REST
 * API and the session login each get a 4xx with a message, never a 5xx, and leave plans, deployments, tasks and
 * records as they were. A seeded generator then throws a few thousand mutated requests at the same endpoints.
 */
class HostileInputTest extends RunningApplication {

    static final long SEED = 20251127L;
    static final int GENERATED_CASES = 2000;

    private static final String IMPORTER = "coordinator";
    private static final String MODELLER = "modeller";
    static final String SMALL_PLAN = """
            苏州市人民政府办公室关于印发测试工作要点的通知
            苏府办〔2025〕999号
            一、重点任务
            （一）开展测试。年内服务企业不少于300家。（市市场监管局牵头负责）
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;

    @Test
    void namedHostileRequestsGet4xxWithAMessageAndChangeNothing() {
        Map<String, Long> before = state();
        String oversizedJson = "{\"text\":\"" + "质".repeat(3 * 1024 * 1024) + "\"}";
        String twentyMegabytes = SMALL_PLAN + "（二）扩展。".repeat(20 * 1024 * 1024 / 18);
        byte[] randomBytes = new byte[256 * 1024];
        new Random(SEED).nextBytes(randomBytes);
        String partTask = taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart")
                .processInstanceBusinessKeyLike(SEED_ITEMS).listPage(0, 1).get(0).getId();

        List<Case> cases = List.of(
                new Case("malformed JSON", () -> postJson(IMPORTER, "/api/plans", "{\"text\": \"abc"), "请求格式不正确"),
                new Case("oversized JSON", () -> postJson(IMPORTER, "/api/plans", oversizedJson), "请求过大"),
                new Case("wrong type", () -> postJson(IMPORTER, "/api/plans", "{\"text\": {\"a\": 1}}"), "text"),
                new Case("list instead of object", () -> postJson(IMPORTER, "/api/plans", "[1,2,3]"), "JSON"),
                new Case("unknown field", () -> postJson(IMPORTER, "/api/plans",
                        "{\"text\": \"x\", \"importedBy\": \"admin\"}"), "importedBy"),
                new Case("20 MB plan", () -> send(IMPORTER, "POST", "/api/plans/preview", "text/plain;charset=UTF-8",
                        BodyPublishers.ofString(twentyMegabytes, StandardCharsets.UTF_8)), "请求过大"),
                new Case("random bytes as a plan", () -> send(IMPORTER, "POST", "/api/plans/preview",
                        "text/plain;charset=UTF-8", BodyPublishers.ofByteArray(randomBytes)), "方案"),
                new Case("path traversal in a plan id", () -> send(IMPORTER, "GET", "/api/plans/..%2F..%2Fetc%2Fpasswd",
                        null, BodyPublishers.noBody()), ""),
                new Case("path traversal in a deployed file name", () -> deploy("../../../../tmp/evil.bpmn",
                        validProcess("evil")), "文件名"),
                new Case("BPMN with errors", () -> deploy("broken.bpmn", validProcess("broken")
                        .replace("<bpmn:endEvent id=\"end\"/>", "")), "end"),
                new Case("XML external entity", () -> deploy("xxe.bpmn", """
                        <?xml version="1.0"?>
                        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        """ + validProcess("xxe").replace("name=\"外部实体\"", "name=\"&secret;\"")
                        .replaceFirst("<\\?xml[^>]*>", "")), "DOCTYPE"),
                new Case("form value of the wrong type", () -> postJson(partOwner(partTask),
                        "/engine-rest/task/" + partTask + "/submit-form",
                        "{\"variables\":{\"partAcknowledged\":{\"value\":\"是\",\"type\":\"Boolean\"}}}"), ""),
                new Case("form for a task that does not exist", () -> postJson(partOwner(partTask),
                        "/engine-rest/task/no-such-task/submit-form",
                        "{\"variables\":{\"partAcknowledged\":{\"value\":true}}}"), "任务不存在"),
                new Case("login with an object as password", () -> postJson(MODELLER, "/api/session",
                        "{\"username\":\"nobody\",\"password\":{\"x\":1}}"), ""));

        List<String> failures = new ArrayList<>();
        for (Case hostile : cases) {
            HttpResponse<String> answer = hostile.request().get();
            if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !answer.body().contains(hostile.expected())
                    || answer.body().contains("Exception") && !answer.body().contains("\"type\"")) {
                failures.add(hostile.name() + " → " + answer.statusCode() + " " + abbreviate(answer.body()));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(send(IMPORTER, "GET", "/actuator/health", null, BodyPublishers.noBody()).statusCode()).isEqualTo(200);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void thousandsOfGeneratedRequestsGetNo5xx() throws Exception {
        Map<String, Long> before = state();
        Task part = taskService.createTaskQuery().taskDefinitionKey("AcknowledgePart")
                .processInstanceBusinessKeyLike(SEED_ITEMS).listPage(1, 1).get(0);
        String owner = partOwner(part.getId());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int number = 0; number < GENERATED_CASES; number++) {
            int generated = number;
            outcomes.add(clients.submit(() -> {
                // each case has its own seed, so a failing case can be replayed alone
                Random random = new Random(SEED + generated);
                String json = GeneratedJson.mutate(random, GeneratedJson.templates().get(random.nextInt(4)));
                HttpResponse<String> answer = switch (generated % 5) {
                    case 0 -> postJson(IMPORTER, "/api/plans/preview", json);
                    case 1 -> send(IMPORTER, "POST", "/api/plans/preview", "text/plain;charset=UTF-8",
                            BodyPublishers.ofByteArray(GeneratedJson.planText(random)));
                    case 2 -> postJson(owner, "/engine-rest/task/" + part.getId() + "/submit-form",
                            "{\"variables\":" + json + "}");
                    case 3 -> postJson(MODELLER, "/api/session", json);
                    default -> deploy("fuzz-" + generated + ".bpmn",
                            GeneratedJson.mutate(random, validProcess("fuzz")));
                };
                return answer.statusCode() >= 500
                        ? generated + ": " + answer.statusCode() + " " + abbreviate(answer.body())
                        : null;
            }));
        }
        List<String> serverErrors = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            String error = outcome.get(5, TimeUnit.MINUTES);
            if (error != null) {
                serverErrors.add(error);
            }
        }
        clients.shutdown();
        System.out.printf("hostile input: %d generated cases tried, %d answered 5xx%n", outcomes.size(),
                serverErrors.size());
        assertThat(serverErrors).isEmpty();
        assertThat(send(IMPORTER, "GET", "/actuator/health", null, BodyPublishers.noBody()).statusCode()).isEqualTo(200);
        assertThat(state()).containsEntry("plans", before.get("plans"));
    }

    /** Number values no form may take as they are. */
    private static final List<String> HOSTILE_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e999999999",
            "-1e999999999", "1e-999999999", "\"abc\"", "\"NaN\"", "\"1e999999999\"", "[1,2]", "{}", "true",
            "-1", "99999999999999999999999999");
    /** Typed-variable types a form submission may claim. */
    private static final List<String> VARIABLE_TYPES = List.of("Boolean", "Integer", "Long", "Double", "String",
            "Json", "Object", "Date", "Bytes", "Null", "Xml", "File", "NoSuchType");
    private static final List<String> NAME_PARTS = List.of("\u0000", "\u0007", "\r\n", "\u202e", "\u200f",
            "../", "..\\", "/", "%00", "\"", "<script>", "a".repeat(1000), "进展材料", ".pdf", ".html", " ");
    private static final List<String> PAGING_VALUES = List.of("-5", "-1", "0", "2147483648", "99999999999999",
            "abc", "1e3", "", "%00", "1;drop table x");
    private static final List<String> LISTS = List.of("/engine-rest/task", "/engine-rest/process-instance",
            "/engine-rest/history/task", "/engine-rest/variable-instance", "/engine-rest/deployment",
            "/engine-rest/history/process-instance", "/camunda/api/engine/engine/default/task");
    static final int FAMILY_CASES = 400;

    /**
     * Families of generated input, each of {@value #FAMILY_CASES} seeded cases, sent one at a time so that every
     * refusal can be checked for rows it wrote: number fields of the forms (typed variables and the figures inside
     * JSON variables), work plans with missing or extra rows, upload names, paging and sorting of the
     * engine's lists, and mutated JSON for PolicyFlow's task actions. Counts per family are printed for
     * docs/operations.md.
     */
    @Test
    void generatedFamiliesGetNo5xxAndTheirRefusalsWriteNothing() {
        AttackFixtures fixtures = new AttackFixtures(this, context);
        DatabaseSnapshot snapshot = new DatabaseSnapshot(jdbc);
        AttackFixtures.World[] world = {fixtures.newWorld()};

        Map<String, Function<Random, HttpResponse<String>>> families = new LinkedHashMap<>();
        families.put("form numbers", random -> {
            String value = HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
            return random.nextBoolean()
                    ? postJson("commerce", "/engine-rest/task/" + world[0].leadTask + "/submit-form",
                            fixtures.leadAcceptance(world[0]).replace("\\\"plannedValue\\\":300",
                                    "\\\"plannedValue\\\":" + value.replace("\"", "\\\"")))
                    : postJson("kunshan", "/engine-rest/task/" + world[0].countyTask + "/submit-form",
                            "{\"variables\":{\"partAcknowledged\":{\"value\":" + value + ",\"type\":\""
                                    + VARIABLE_TYPES.get(random.nextInt(VARIABLE_TYPES.size())) + "\"}}}");
        });
        families.put("work plan rows", random -> {
            int cells = fixtures.workPlanCells(world[0]);
            int rows = random.nextInt(cells * 2 + 2);
            return postJson("commerce", "/engine-rest/task/" + world[0].leadTask + "/submit-form",
                    fixtures.leadAcceptance(world[0], rows == cells ? 0 : rows));
        });
        families.put("upload names", random -> {
            StringBuilder name = new StringBuilder();
            for (int part = 0; part < 1 + random.nextInt(4); part++) {
                name.append(NAME_PARTS.get(random.nextInt(NAME_PARTS.size())));
            }
            String fileName = name.toString();
            Multipart upload = new Multipart().file("file", fileName, "application/octet-stream",
                    "evidence".getBytes(StandardCharsets.UTF_8));
            return send("kunshan", "POST", "/api/tasks/" + world[0].countyTask + "/attachments", upload.contentType(),
                    BodyPublishers.ofByteArray(upload.bytes()));
        });
        families.put("paging and sorting", random -> {
            String list = LISTS.get(random.nextInt(LISTS.size()));
            String query = "?firstResult=" + encoded(PAGING_VALUES.get(random.nextInt(PAGING_VALUES.size())))
                    + "&maxResults=" + encoded(PAGING_VALUES.get(random.nextInt(PAGING_VALUES.size())))
                    + "&sortBy=" + encoded(random.nextBoolean() ? "id" : GeneratedJson.mutate(random, "created"))
                    + "&sortOrder=" + (random.nextBoolean() ? "desc" : "sideways");
            return random.nextInt(3) == 0
                    ? postJson("kunshan", "/engine-rest/task" + query, "{\"sorting\":[{\"sortBy\":\""
                            + PAGING_VALUES.get(random.nextInt(PAGING_VALUES.size())) + "\",\"sortOrder\":\"up\"}]}")
                    : send("kunshan", "GET", list + query, null, BodyPublishers.noBody());
        });
        families.put("task actions JSON", random -> {
            String[] actions = {"comments", "delegate", "extension", "claim", "unclaim"};
            String action = actions[random.nextInt(actions.length)];
            String json = GeneratedJson.mutate(random, switch (action) {
                case "comments" -> "{\"message\":\"已阅\"}";
                case "delegate" -> "{\"userId\":\"kunshan\"}";
                default -> "{\"reason\":\"材料未齐\",\"newDueDate\":\"2099-12-31\"}";
            });
            return postJson("kunshan", "/api/tasks/" + world[0].countyTask + "/" + action, json);
        });

        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int number = 0;
        Map<String, Long> lastSnapshot = null;
        for (Map.Entry<String, Function<Random, HttpResponse<String>>> family : families.entrySet()) {
            int[] count = counts.computeIfAbsent(family.getKey(), name -> new int[3]);
            for (int i = 0; i < FAMILY_CASES; i++, number++) {
                if (world[0].dirty) {
                    world[0] = fixtures.newWorld();
                    lastSnapshot = null;
                }
                // the snapshot after one case is the one before the next, unless fixtures were made in between
                Map<String, Long> before = lastSnapshot == null ? snapshot.take() : lastSnapshot;
                HttpResponse<String> answer = family.getValue().apply(new Random(SEED + 100_000 + number));
                lastSnapshot = snapshot.take();
                String changed = DatabaseSnapshot.difference(before, lastSnapshot);
                int status = answer.statusCode();
                count[status >= 500 ? 2 : status >= 400 ? 1 : 0]++;
                if (status >= 500 || status >= 400 && !changed.isEmpty()) {
                    failures.add(family.getKey() + " #" + number + ": " + status + " " + abbreviate(answer.body())
                            + (changed.isEmpty() ? "" : " changed: " + changed));
                }
                if (!changed.isEmpty() || status < 300) {
                    // an accepted upload or comment leaves the tasks open; an accepted form closes one
                    world[0].dirty = taskService.createTaskQuery()
                            .taskIdIn(world[0].leadTask, world[0].countyTask).count() < 2;
                }
            }
        }
        counts.forEach((family, count) -> System.out.printf(
                "hostile input, %s: %d cases, %d accepted, %d refused with 4xx, %d answered 5xx%n", family,
                count[0] + count[1] + count[2], count[0], count[1], count[2]));
        assertThat(failures).isEmpty();
        assertThat(send(IMPORTER, "GET", "/actuator/health", null, BodyPublishers.noBody()).body()).contains("UP");
        assertThat(send("kunshan", "GET", "/api/inbox", null, BodyPublishers.noBody()).statusCode()).isEqualTo(200);
    }

    private record Case(String name, Supplier<HttpResponse<String>> request, String expected) {
    }

    private String partOwner(String taskId) {
        return (String) taskService.getVariable(taskId, "departmentId");
    }

    private HttpResponse<String> deploy(String fileName, String content) {
        String boundary = "fuzz-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nhostile\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(MODELLER, "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static String validProcess(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://policyflow">
                  <bpmn:process id="KEY" name="外部实体" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.replace("KEY", key);
    }

    /** What hostile input must not change: plans, deployments, open tasks and recorded acknowledgements. */
    private Map<String, Long> state() {
        return Map.of("plans", count("pf_plan"), "deployments", count("ACT_RE_DEPLOYMENT"),
                "tasks", count("ACT_RU_TASK"), "acknowledgements", count("pf_acknowledgement"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
