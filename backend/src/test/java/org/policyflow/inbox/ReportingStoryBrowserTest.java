package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.BrowserScript;
import org.policyflow.reporting.ProcessFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The reporting story in a real Chromium (frontend/e2e/reporting-story.mjs): on a one-item plan imported
 * through the API (lead 市商务局, implementer 太仓市), acknowledged through Camunda's REST API, the county submits its
 * 配合材料 and the lead its report through the forms in 我的待办; the office returns it with a reason from 督办台; the
 * lead revises in English; the office approves; 总览 shows the figure and light; the 台账 downloaded by the browser
 * opens as a spreadsheet with the revised row. Every page is checked at 1366×768 and phone size, and in English.
 */
class ReportingStoryBrowserTest extends InboxApplicationTest {

    private static final String ITEM = "苏府办〔2026〕903号-1";
    private static final String PLAN = """
            苏州市人民政府办公室关于印发苏州市外贸服务提升工作要点的通知
            苏府办〔2026〕903号
            一、重点任务
            （一）培育外贸综合服务企业。在太仓市开展试点，培育外贸综合服务企业50家以上。（市商务局牵头，太仓市配合）
            """;
    private static final String ITEM_TITLE = "培育外贸综合服务企业";
    private static final String COUNTY = "taicang";
    private static final String LEAD = "commerce";
    private static final String REASON = "请补充试点企业名单和数据来源";
    private static final String FIRST_VALUE = "20";
    private static final String REVISED_VALUE = "50";
    private static final String REVISED_NARRATIVE = "已培育外贸综合服务企业,按退回意见补充了数据。";
    private static final Map<String, String> LIGHTS = Map.of("GREEN", "绿灯", "YELLOW", "黄灯", "RED", "红灯");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void countyAndLeadReportTheOfficeReturnsTheLeadRevisesAndTheDashboardAndLedgerShowTheApprovedRevision()
            throws Exception {
        long itemId = importPlan();
        acknowledge();
        Path ledger = BrowserScript.SCREENSHOTS.resolve("story-ledger.xlsx");
        Files.deleteIfExists(ledger);

        String log = BrowserScript.run(port, "reporting-story", ITEM_TITLE, COUNTY, LEAD, REASON, FIRST_VALUE,
                REVISED_VALUE, REVISED_NARRATIVE);

        assertThat(jdbc.sql("""
                select v.decision || ':' || coalesce(v.comment, '') from pf_review v
                join pf_report r on r.id = v.report_id where r.item_id = ? order by v.id""").param(itemId)
                .query(String.class).list()).containsExactly("RETURNED:" + REASON, "APPROVED:");
        Matcher light = Pattern.compile("light: (GREEN|YELLOW|RED)").matcher(log);
        assertThat(light.find()).as("the script logs the dashboard's light:%n%s", log).isTrue();
        assertThat(ledgerRow(ledger)).as("the ledger's row of the item").containsExactly(
                ITEM_TITLE, "市商务局", "50家", REVISED_VALUE, LIGHTS.get(light.group(1)), "已通过",
                REVISED_NARRATIVE);
        assertThat(BrowserScript.SCREENSHOTS.resolve("story-09-item-phone.png")).isNotEmptyFile();
    }

    /** Imports the one-item plan as the coordinating office; its action-item instance starts with it. */
    private long importPlan() {
        ResponseEntity<String> imported = http.withBasicAuth("coordinator", PASSWORD).postForEntity("/api/plans",
                new HttpEntity<>(Map.of("text", PLAN), jsonHeaders()), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(ITEM).query(Long.class)
                .single();
        assertThat(jdbc.sql("select role || ':' || department_id from pf_item_body where item_id = ? order by role")
                .param(itemId).query(String.class).list()).containsExactly("IMPLEMENTER:" + COUNTY, "LEAD:" + LEAD);
        return itemId;
    }

    /** The acknowledgements, which are not part of the story, as each body would send them through Camunda's REST. */
    private void acknowledge() {
        String leadTask = taskService.createTaskQuery().processInstanceBusinessKey(ITEM)
                .taskDefinitionKey("AcknowledgeLead").singleResult().getId();
        ArrayNode milestones = json.createArrayNode();
        jdbc.sql("""
                select p.id period_id, t.id target_id from pf_item i join pf_reporting_period p on p.plan_id = i.plan_id
                join pf_target t on t.item_id = i.id where i.business_key = ? order by p.ordinal, t.ordinal""")
                .param(ITEM).query((rs, row) -> milestones.addObject().put("periodId", rs.getLong("period_id"))
                        .put("targetId", rs.getLong("target_id")).put("milestone", "按季度推进试点")
                        .put("plannedValue", 50))
                .list();
        ObjectNode leadForm = json.createObjectNode();
        leadForm.putObject("acknowledgement").put("value", "accept");
        leadForm.putObject("milestones").put("type", "Json").put("value", milestones.toString());
        submit(LEAD, leadTask, leadForm);

        String countyTask = taskService.createTaskQuery().processInstanceBusinessKey(ITEM)
                .taskDefinitionKey("AcknowledgePart").taskCandidateGroup(COUNTY).singleResult().getId();
        ObjectNode countyForm = json.createObjectNode();
        countyForm.putObject("partAcknowledged").put("value", true);
        submit(COUNTY, countyTask, countyForm);

        assertThat(taskService.createTaskQuery().taskDefinitionKey("SubmitContribution").taskCandidateGroup(COUNTY)
                .count()).as("the first period's contribution is waiting for the county").isEqualTo(1);
        // the lead's report opens on the calendar, a week before the due date, which the story does not wait for
        ProcessFixture.openReport(managementService, runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("reporting-period").processInstanceBusinessKey(ITEM).singleResult().getId());
    }

    private void submit(String user, String taskId, ObjectNode variables) {
        ObjectNode body = json.createObjectNode();
        body.set("variables", variables);
        ResponseEntity<String> submitted = http.withBasicAuth(user, PASSWORD).postForEntity(
                "/engine-rest/task/" + taskId + "/submit-form", new HttpEntity<>(body.toString(), jsonHeaders()),
                String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** 事项, 牵头单位, 目标值, 本期数值, 红黄绿灯, 状态, 进展情况 of the item's row in the downloaded ledger. */
    private static List<String> ledgerRow(Path ledger) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                if (formatter.formatCellValue(row.getCell(1)).equals(ITEM_TITLE)) {
                    List<String> cells = new ArrayList<>();
                    for (int column : new int[] {1, 2, 4, 5, 7, 8, 11}) {
                        cells.add(formatter.formatCellValue(row.getCell(column)));
                    }
                    return cells;
                }
            }
        }
        return List.of();
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
