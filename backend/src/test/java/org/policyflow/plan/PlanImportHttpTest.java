package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.policyflow.department.DepartmentRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The import API on the whole application over HTTP, on an H2 file database with the seed imported at start. */
@RecordApplicationEvents
class PlanImportHttpTest extends ApplicationTest {

    static final String SEED_DOC = "苏府办〔2025〕77号";
    static final String FAILING_DOC = "测政办〔2025〕99号";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    SeedPlanImport seedImport;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ConfigurableEnvironment environment;

    final ObjectMapper json = new ObjectMapper();

    /**
     * A process starter that fails for one document: the import of that document must leave nothing behind. Added
     * to the shared application for this class's tests only, rather than as a bean that would give it a context of
     * its own.
     */
    private final ApplicationListener<ApplicationEvent> failingListener = event -> {
        if (event instanceof PayloadApplicationEvent<?> published
                && published.getPayload() instanceof PlanImported imported) {
            String doc = jdbc.sql("select doc_number from pf_plan where id = ?").param(imported.planId())
                    .query(String.class).single();
            if (FAILING_DOC.equals(doc)) {
                throw new IllegalStateException("process start failed");
            }
        }
    };

    @BeforeEach
    void addFailingListener() {
        context.addApplicationListener(failingListener);
    }

    @AfterEach
    void removeFailingListener() {
        context.removeApplicationListener(failingListener);
    }

    TestRestTemplate admin() {
        return http.withBasicAuth("admin", "demo");
    }

    ResponseEntity<String> asCoordinator(String path, Object body) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("coordinator", "demo").postForEntity(path,
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PlanImportHttpTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String seedText() throws IOException {
        return Files.readString(SeedPlanReaderTest.SEED);
    }

    ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return admin().postForEntity(path, new HttpEntity<>(body instanceof String s ? s
                    : json.writeValueAsString(body), headers), String.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long seedPlanId() {
        return jdbc.sql("select id from pf_plan where doc_number = ?").param(SEED_DOC).query(Long.class).single();
    }

    JsonNode read(ResponseEntity<String> response) throws IOException {
        return json.readTree(response.getBody());
    }

    @Test
    void theSeedIsImportedAtStartWithItsItemsBodiesAndTargets() throws IOException {
        JsonNode plans = read(admin().getForEntity("/api/plans", String.class));
        JsonNode seed = null;
        for (JsonNode plan : plans) {
            if (plan.get("docNumber").asText().equals(SEED_DOC)) {
                seed = plan;
            }
        }
        assertThat(seed).isNotNull();
        assertThat(seed.get("items").asInt()).isEqualTo(18);
        assertThat(seed.get("importedBy").asText()).isEqualTo("system");
        assertThat(seed.get("calendarAnchor").asText()).isEqualTo("REBASED");

        JsonNode plan = read(admin().getForEntity("/api/plans/" + seedPlanId(), String.class));
        assertThat(plan.get("sections")).hasSize(6);
        assertThat(plan.get("sourceSha256").asText()).isEqualTo(ImportService.sha256(seedText()));
        JsonNode item3 = plan.get("items").get(2);
        assertThat(item3.get("businessKey").asText()).isEqualTo(SEED_DOC + "-3");
        assertThat(item3.get("lead").get("id").asText()).isEqualTo("commerce");
        assertThat(item3.get("supporting").findValuesAsText("name"))
                .containsExactly("市民政局", "市住建局", "市文广旅局", "市卫生健康委", "市体育局", "市医保局");
        assertThat(item3.get("implementers")).hasSize(10);
        // the names as the document wrote them are stored and published beside the registry bodies
        assertThat(item3.get("lead").get("writtenAs").asText()).isEqualTo("市商务局");
        assertThat(plan.get("items").get(0).get("implementers").findValuesAsText("writtenAs")).hasSize(10)
                .containsOnly("各县级市人民政府");
        assertThat(jdbc.sql("select count(*) from v_item_body b join pf_item i on i.id = b.item_id "
                + "where i.plan_id = ? and b.written_as is null").param(seedPlanId()).query(Long.class).single())
                .isZero();
        int targets = 0;
        for (JsonNode item : plan.get("items")) {
            targets += item.get("targets").size();
        }
        assertThat(targets).isEqualTo(23);
        assertThat(plan.get("items").get(0).get("targets").get(0).get("value").asLong()).isEqualTo(60000);
        assertThat(jdbc.sql("select count(*) from pf_department where kind = 'COUNTY'").query(Long.class).single())
                .isEqualTo(10);
        assertThat(jdbc.sql("select name from pf_department where id = 'coordination-office'").query(String.class)
                .single()).isEqualTo("行动方案协调办公室");
    }

    @Test
    void importingTheSeedAgainChangesNothing() throws Exception {
        long items = count("pf_item");
        seedImport.run(null);
        ResponseEntity<String> again = post("/api/plans", Map.of("text", seedText()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(read(again).get("detail").asText()).contains(SEED_DOC).contains("已经导入");
        assertThat(count("pf_item")).isEqualTo(items);
        assertThat(jdbc.sql("select count(*) from pf_item where plan_id = ?").param(seedPlanId()).query(Long.class)
                .single()).isEqualTo(18);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED_DOC + "-%").count()).isEqualTo(18);
    }

    @Test
    void previewReadsAndWritesNothing() throws IOException {
        long plans = count("pf_plan");
        long departments = count("pf_department");
        ResponseEntity<String> response = post("/api/plans/preview", Map.of("text",
                resource("wuxi-implementation-plan.txt").replace("市数据局", "市大数据管理局")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode preview = read(response);
        assertThat(preview.get("docNumber").asText()).isEqualTo("锡政办发〔2024〕21号");
        assertThat(preview.get("items")).hasSize(5);
        assertThat(preview.get("warnings").findValuesAsText("message")).anyMatch(m -> m.contains("未写明责任单位"));
        assertThat(preview.get("newBodies").findValuesAsText("name")).containsExactly("市大数据管理局");
        assertThat(preview.get("existingPlanId").isNull()).isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
        ResponseEntity<String> plain = admin().postForEntity("/api/plans/preview",
                new HttpEntity<>(seedText(), headers), String.class);
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(plain).get("existingPlanId").asLong()).isEqualTo(seedPlanId());
        assertThat(read(plain).get("items")).hasSize(18);

        assertThat(count("pf_plan")).isEqualTo(plans);
        assertThat(count("pf_department")).isEqualTo(departments);
    }

    ResponseEntity<String> postDocument(String path, byte[] document, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return admin().postForEntity(path, new HttpEntity<>(document, headers), String.class);
    }

    /** The seed as a Word file in the multipart field file, as the import page uploads it. */
    static MultiValueMap<String, Object> seedUpload() throws IOException {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(PlanDocuments.docx(seedText())) {
            @Override
            public String getFilename() {
                return "方案.docx";
            }
        });
        return form;
    }

    @Test
    void documentsArePreviewedAndImportedAsTheyAreReceived() throws IOException {
        byte[] pdf;
        try (InputStream in = PlanImportHttpTest.class.getResourceAsStream("/plans/seed.pdf")) {
            pdf = in.readAllBytes();
        }
        JsonNode seedPreview = read(postDocument("/api/plans/preview", pdf, "application/pdf"));
        assertThat(seedPreview.get("items")).hasSize(18);
        assertThat(seedPreview.get("existingPlanId").asLong()).isEqualTo(seedPlanId());
        assertThat(seedPreview.get("text").asText()).isEqualTo(seedText().strip() + "\n");

        ResponseEntity<String> upload = admin().postForEntity("/api/plans/preview", seedUpload(), String.class);
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(upload).get("items")).hasSize(18);

        long plans = count("pf_plan");
        String wuxi = resource("wuxi-implementation-plan.txt").replace("锡政办发〔2024〕21号", "锡政办发〔2024〕121号");
        ResponseEntity<String> imported = postDocument("/api/plans?calendarAnchor=ORIGINAL",
                PlanDocuments.html(wuxi).getBytes(java.nio.charset.Charset.forName("GBK")), "text/html");
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(imported).get("docNumber").asText()).isEqualTo("锡政办发〔2024〕121号");
        assertThat(read(imported).get("items")).hasSize(5);
        assertThat(count("pf_plan")).isEqualTo(plans + 1);

        // a plan whose assignments are in its annex table, sent as GB18030 text: the table's deadline is kept
        ResponseEntity<String> annex = postDocument("/api/plans",
                TaskTableTest.ANNEX_ONLY.getBytes(java.nio.charset.Charset.forName("GB18030")), "text/plain");
        assertThat(annex.getStatusCode()).as(annex.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode annexPlan = read(admin().getForEntity("/api/plans/" + read(annex).get("id").asLong(), String.class));
        assertThat(annexPlan.get("items")).extracting(item -> item.get("deadline").asText())
                .containsExactly("2025年6月底前", "2025年底前", "2025年9月底前", "2025年12月底前");
        assertThat(annexPlan.get("items").get(0).get("lead").get("name").asText()).isEqualTo("市政务办");

        assertProblem(postDocument("/api/plans/preview", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII),
                "application/pdf"), HttpStatus.BAD_REQUEST, "不是有效的 PDF 文件");
        assertProblem(postDocument("/api/plans", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                "application/octet-stream"), HttpStatus.BAD_REQUEST, ".docx");
        assertThat(count("pf_plan")).isEqualTo(plans + 2);
    }

    @Test
    void confirmWritesThePlanWithCorrectionsAndTheBodiesItNamed() throws IOException {
        ResponseEntity<String> response = post("/api/plans", Map.of(
                "text", resource("changzhou-work-points.txt"),
                "calendarAnchor", "ORIGINAL",
                "corrections", List.of(
                        Map.of("item", 5, "lead", "development-reform", "supporting", List.of("finance", "justice"),
                                "targets", List.of()),
                        Map.of("item", 4, "targets", List.of(Map.of("text", "医疗机构满意度90%", "value", 90,
                                "unit", "%", "comparator", "AT_LEAST"))))));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = read(response);
        long id = result.get("id").asLong();
        assertThat(response.getHeaders().getLocation()).hasPath("/api/plans/" + id);
        assertThat(result.get("docNumber").asText()).isEqualTo("常政办〔2025〕9号");
        assertThat(result.get("items").findValuesAsText("businessKey"))
                .containsExactly("常政办〔2025〕9号-1", "常政办〔2025〕9号-2", "常政办〔2025〕9号-3", "常政办〔2025〕9号-4",
                        "常政办〔2025〕9号-5");

        JsonNode plan = read(admin().getForEntity("/api/plans/" + id, String.class));
        assertThat(plan.get("calendarAnchor").asText()).isEqualTo("ORIGINAL");
        assertThat(plan.get("importedBy").asText()).isEqualTo("admin");
        JsonNode fifth = plan.get("items").get(4);
        assertThat(fifth.get("lead").get("id").asText()).isEqualTo("development-reform");
        assertThat(fifth.get("supporting").findValuesAsText("id")).containsExactly("finance", "justice");
        assertThat(fifth.get("targets")).isEmpty();
        assertThat(plan.get("items").get(3).get("targets").get(0).get("comparator").asText()).isEqualTo("AT_LEAST");
        JsonNode first = plan.get("items").get(0);
        assertThat(first.get("lead").get("name").asText()).isEqualTo("市政务办");
        assertThat(first.get("lead").get("kind").asText()).isEqualTo("OTHER");
        assertThat(jdbc.sql("select created_by_plan from pf_department where name = '市政务办'").query(Long.class)
                .single()).isEqualTo(id);
    }

    @Test
    void confirmPublishesTheEventsInsideTheImport(ApplicationEvents events) throws IOException {
        String text = resource("suzhou-implementation-opinions.txt").replace("苏府〔2025〕15号", "苏府〔2025〕16号")
                .replace("市园林绿化局", "市机关事务管理局");
        ImportService.ImportResult result = imports.confirm(new ImportService.ImportRequest(text, null, null), "tester");
        assertThat(events.stream(PlanImported.class)).hasSize(1);
        PlanImported imported = events.stream(PlanImported.class).findFirst().orElseThrow();
        assertThat(imported.planId()).isEqualTo(result.id());
        assertThat(imported.items()).extracting(PlanImported.Item::id, PlanImported.Item::businessKey)
                .containsExactlyElementsOf(result.items().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.id(), i.businessKey())).toList());
        assertThat(imported.items()).anySatisfy(item -> assertThat(item.supporting()).isNotEmpty());
        for (PlanImported.Item item : imported.items()) {
            assertThat(jdbc.sql("select label, title from pf_item where id = ?").param(item.id())
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single())
                    .containsExactly(item.label(), item.title());
            assertThat(bodies(item.id(), "LEAD")).isEqualTo(item.lead() == null ? List.of() : List.of(item.lead()));
            assertThat(bodies(item.id(), "SUPPORTING")).isEqualTo(item.supporting());
            assertThat(bodies(item.id(), "IMPLEMENTER")).isEqualTo(item.implementers());
        }
        assertThat(events.stream(DepartmentRegistered.class)).extracting(DepartmentRegistered::name, DepartmentRegistered::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市机关事务管理局", "OTHER"));
    }

    private List<String> bodies(long itemId, String role) {
        return jdbc.sql("select department_id from pf_item_body where item_id = ? and role = ? order by ordinal")
                .params(itemId, role).query(String.class).list();
    }

    @Test
    void aFailingListenerUndoesTheWholeImport() {
        long plans = count("pf_plan");
        long departments = count("pf_department");
        String text = "测试市2025年工作方案\n" + FAILING_DOC + "\n一、重点任务\n（一）推进测试工作。（市测试局牵头负责）";
        assertThatThrownBy(() -> imports.confirm(new ImportService.ImportRequest(text, null, null), "tester"))
                .hasMessageContaining("process start failed");
        assertThat(count("pf_plan")).isEqualTo(plans);
        assertThat(count("pf_department")).isEqualTo(departments);
        assertThat(jdbc.sql("select count(*) from pf_item where business_key like ?").param(FAILING_DOC + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingWhatIsWrongAndWritesNothing() throws IOException {
        long plans = count("pf_plan");
        assertProblem(post("/api/plans", Map.of("text", "")), HttpStatus.BAD_REQUEST, "为空");
        // the field is named by the problem's field property, not by a "text：" before the message users read
        ResponseEntity<String> missing = post("/api/plans", "{}");
        assertProblem(missing, HttpStatus.BAD_REQUEST, "为空");
        assertThat(read(missing).get("field").asText()).isEqualTo("text");
        assertThat(read(missing).get("detail").asText()).doesNotStartWith("text");
        assertProblem(post("/api/plans", Map.of("text", "一、任务\u0000\u0001（一）事项")), HttpStatus.BAD_REQUEST, "控制字符");
        assertProblem(post("/api/plans/preview", Map.of("text", "会议纪要。\n大家讨论了工作。")), HttpStatus.BAD_REQUEST,
                "未找到编号的工作事项");
        assertProblem(post("/api/plans", "{\"text\": [\"一\"]}"), HttpStatus.BAD_REQUEST, "text");
        assertProblem(post("/api/plans", "{\"text\": \"x\", \"corrections\": \"none\"}"), HttpStatus.BAD_REQUEST,
                "corrections");
        assertProblem(post("/api/plans", "{not json"), HttpStatus.BAD_REQUEST, "JSON");
        String opinions = resource("suzhou-implementation-opinions.txt");
        assertProblem(post("/api/plans", Map.of("text", opinions, "calendarAnchor", "LATER")), HttpStatus.BAD_REQUEST,
                "calendarAnchor");
        assertProblem(post("/api/plans", Map.of("text", opinions, "corrections", List.of(Map.of("item", 9)))),
                HttpStatus.BAD_REQUEST, "corrections[0].item");
        assertProblem(post("/api/plans", Map.of("text", opinions, "corrections",
                List.of(Map.of("item", 1, "lead", "no-such-body")))), HttpStatus.BAD_REQUEST, "corrections[0].lead");
        assertProblem(post("/api/plans", Map.of("text", opinions, "corrections",
                List.of(Map.of("item", 1, "targets", List.of(Map.of("text", "x", "value", 1, "unit", "个",
                        "comparator", "MAYBE")))))), HttpStatus.BAD_REQUEST, "comparator");
        String huge = "{\"text\": \"" + "一".repeat(20 * 1024 * 1024 / 3) + "\"}";
        assertProblem(post("/api/plans", huge), HttpStatus.PAYLOAD_TOO_LARGE, "请求过大");
        assertThat(count("pf_plan")).isEqualTo(plans);
    }

    @Test
    void hostileTextsArePreviewedLikeOrdinaryOnes() throws IOException {
        long plans = count("pf_plan");
        ResponseEntity<String> deep = asCoordinator("/api/plans/preview",
                Map.of("text", HostilePlans.deepNote(100_000)));
        assertThat(deep.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode item = read(deep).get("items").get(0);
        assertThat(item.get("lead").get("id").asText()).isEqualTo("commerce");
        assertThat(item.get("title").asText()).isEqualTo("推进测试工作，建成10个站点");

        ResponseEntity<String> lines = asCoordinator("/api/plans/preview", Map.of("text",
                HostilePlans.manyLines(100_000)));
        assertThat(lines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(lines).get("items").get(0).get("targets")).hasSize(PlanReader.MAX_TARGETS);
        assertThat(count("pf_plan")).isEqualTo(plans);
    }

    @Test
    void aPreviewOrImportPastItsDeadlineIsRefusedWith422AndWritesNothing() throws IOException {
        long plans = count("pf_plan");
        long departments = count("pf_department");
        environment.getPropertySources().addFirst(new MapPropertySource("tiny-read-timeout",
                Map.of(PlanController.READ_TIMEOUT, "1ns")));
        try {
            String message = "方案文本过于复杂，未能在 0 毫秒内读完";
            assertProblem(asCoordinator("/api/plans/preview", Map.of("text", HostilePlans.manyItems(2_000))),
                    HttpStatus.UNPROCESSABLE_ENTITY, message);
            assertProblem(asCoordinator("/api/plans", Map.of("text", HostilePlans.manyItems(2_000)
                    .replace("测政办〔2025〕1号", "测政办〔2025〕14号").replace("市商务局", "市新设局"))),
                    HttpStatus.UNPROCESSABLE_ENTITY, message);
        } finally {
            environment.getPropertySources().remove("tiny-read-timeout");
        }
        assertThat(count("pf_plan")).isEqualTo(plans);
        assertThat(count("pf_department")).isEqualTo(departments);
    }

    void assertProblem(ResponseEntity<String> response, HttpStatus status, String detail) throws IOException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(read(response).get("detail").asText()).contains(detail);
    }

    @Test
    void onlyTheCoordinatingOfficeAndAdministratorsImport() throws IOException {
        if (identityService.createUserQuery().userId("planreader").count() == 0) {
            User user = identityService.newUser("planreader");
            user.setPassword("demo");
            identityService.saveUser(user);
        }
        TestRestTemplate reader = http.withBasicAuth("planreader", "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("text", seedText()));
        assertThat(reader.postForEntity("/api/plans/preview", new HttpEntity<>(body, headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reader.postForEntity("/api/plans", new HttpEntity<>(body, headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reader.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("nobody", "demo").postForEntity("/api/plans/preview",
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin().getForEntity("/api/plans/999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // documents, sent as the body or uploaded as a form: the same rule on both paths and before any reading
        MultiValueMap<String, Object> form = seedUpload();
        HttpHeaders pdf = new HttpHeaders();
        pdf.setContentType(MediaType.APPLICATION_PDF);
        for (String path : List.of("/api/plans/preview", "/api/plans")) {
            assertThat(reader.postForEntity(path, form, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(reader.postForEntity(path, new HttpEntity<>(new byte[] {'%', 'P', 'D', 'F'}, pdf), String.class)
                    .getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.postForEntity(path, form, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.postForEntity(path, new HttpEntity<>(new byte[] {'%', 'P', 'D', 'F'}, pdf), String.class)
                    .getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }
}
