package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.policyflow.reporting.ProcessFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a fresh H2 folder with the seed plan, where item (一)'s lead has reported its first period
 * through Camunda's REST API: the target's figure is rated by traffic-light.dmn and waits for review. Every
 * dashboard test extends this class, so they share one Spring context and one report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DashboardIntegrationTest {

    static final String SEED = "苏府办〔2025〕77号";
    static final String PASSWORD = "demo";
    static final String NARRATIVE = "首席质量官队伍持续扩大,本期新增备案企业首席质量官。";
    /** Item (一)'s first target, 首席质量官人数突破6万人, reported in full: GREEN whatever 序时进度 is. */
    static final int REPORTED_VALUE = 60000;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-dashboard-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    record Seed(long planId, long itemId, long periodId, long targetId, String lead) {
    }

    /** The seed's item (一) with its first period reported by its lead (once per context). */
    Seed reportedSeed() {
        long planId = jdbc.sql("select id from pf_plan where doc_number = ?").param(SEED).query(Long.class).single();
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(SEED + "-1")
                .query(Long.class).single();
        long periodId = jdbc.sql("select id from pf_reporting_period where plan_id = ? and ordinal = 1")
                .param(planId).query(Long.class).single();
        long targetId = jdbc.sql("select id from pf_target where item_id = ? and ordinal = 1").param(itemId)
                .query(Long.class).single();
        String lead = jdbc.sql("select department_id from pf_item_body where item_id = ? and role = 'LEAD'")
                .param(itemId).query(String.class).single();
        Seed seed = new Seed(planId, itemId, periodId, targetId, lead);
        synchronized (DashboardIntegrationTest.class) {
            if (jdbc.sql("select count(*) from pf_report where item_id = ?").param(itemId).query(Long.class)
                    .single() == 0) {
                report(seed);
            }
        }
        return seed;
    }

    /** Starts the period's reporting for the item and submits the lead's report as Tasklist would. */
    private void report(Seed seed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planId", seed.planId());
        variables.put("itemId", seed.itemId());
        variables.put("itemLabel", "(一) 强化质量发展人才支撑");
        variables.put("leadDepartmentId", seed.lead());
        variables.put("contributorDepartmentIds", new ArrayList<String>());
        variables.put("periodId", seed.periodId());
        variables.put("calendarMode", "REAL");
        String instance = runtimeService.startProcessInstanceByKey("reporting-period", SEED + "-1", variables)
                .getId();
        ProcessFixture.openReport(managementService, instance);
        Task compile = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("CompileReport")
                .singleResult();
        // every target must have a figure; each is reported at its full target value, so every one is GREEN
        String figures = jdbc.sql("select id, target_value from pf_target where item_id = ? order by ordinal")
                .param(seed.itemId()).query((rs, row) -> "{\\\"targetId\\\": %d, \\\"value\\\": %s}"
                        .formatted(rs.getLong("id"), rs.getBigDecimal("target_value").toPlainString()))
                .list().stream().collect(Collectors.joining(", "));
        String body = """
                {"variables": {"narrative": {"value": "%s"},
                  "targetValues": {"type": "Json", "value": "[%s]"}}}"""
                .formatted(NARRATIVE, figures);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> submitted = http.withBasicAuth(seed.lead(), PASSWORD).postForEntity(
                "/engine-rest/task/" + compile.getId() + "/submit-form", new HttpEntity<>(body, headers),
                String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** A body that takes no part in the item. */
    String outsider(long itemId) {
        return jdbc.sql("""
                select min(id) from pf_department where kind = 'MUNICIPAL'
                and id not in (select department_id from pf_item_body where item_id = ?)""").param(itemId)
                .query(String.class).single();
    }

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Map<String, Object> byId(List<Map<String, Object>> rows, String key, Object id) {
        return rows.stream().filter(row -> String.valueOf(row.get(key)).equals(String.valueOf(id))).findFirst()
                .orElseThrow(() -> new AssertionError(key + " " + id + " not in " + rows));
    }

    /** The ledger's sheet as text, row by row. */
    static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < LedgerExport.HEADERS.size(); column++) {
                    cells.add(row.getCell(column) == null ? "" : formatter.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
