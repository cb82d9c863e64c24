package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
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
 * The task forms in a real Chromium (frontend/e2e/task-forms.mjs), on a one-item plan (lead 市商务局, implementer
 * 太仓市) whose county has contributed its text and figure: the lead's report shows the contribution under the
 * county's name and offers its figure; "85分" in a number field and an empty required field are named beside the field
 * and next to 提交; the office, which sees the contribution too, returns the report; the lead's revision opens with
 * everything the lead wrote.
 */
class TaskFormBrowserTest extends InboxApplicationTest {

    private static final String ITEM = "苏府办〔2026〕916号-1";
    private static final String ITEM_TITLE = "培育跨境电商示范企业";
    private static final String PLAN = """
            苏州市人民政府办公室关于印发苏州市跨境电商发展工作要点的通知
            苏府办〔2026〕916号
            一、重点任务
            （一）培育跨境电商示范企业。在太仓市培育跨境电商示范企业30家以上。（市商务局牵头，太仓市配合）
            """;
    private static final String CONTRIBUTION = "太仓市本季度新培育示范企业12家。";
    private static final String NARRATIVE = "本季度全市新培育跨境电商示范企业20家。";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void errorsStandWhereTheUserIsAReturnedReportKeepsItsTextAndContributionsAreShownByName() throws Exception {
        ResponseEntity<String> imported = http.withBasicAuth("coordinator", PASSWORD).postForEntity("/api/plans",
                new HttpEntity<>(Map.of("text", PLAN), jsonHeaders()), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        long targetId = jdbc.sql("select t.id from pf_target t join pf_item i on i.id = t.item_id "
                + "where i.business_key = ?").param(ITEM).query(Long.class).single();
        acknowledgeAndContribute(targetId);

        long started = System.nanoTime();
        String log = BrowserScript.run(port, "task-forms", ITEM_TITLE, "太仓市", CONTRIBUTION, "12", NARRATIVE);
        System.out.printf("task-forms.mjs took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);

        assertThat(log).contains("ok");
        assertThat(jdbc.sql("""
                select r.revision || ':' || r.narrative from pf_report r join pf_item i on i.id = r.item_id
                where i.business_key = ? order by r.revision""").param(ITEM).query(String.class).list())
                .as("one revision, returned; the revision task is open").containsExactly("1:" + NARRATIVE);
        assertThat(BrowserScript.SCREENSHOTS.resolve("forms-03-revision-phone.png")).isNotEmptyFile();
    }

    /** The steps before the story, done in the engine as each body's form would: acknowledgements, the county's material. */
    private void acknowledgeAndContribute(long targetId) {
        List<Map<String, Object>> milestones = jdbc.sql("""
                select p.id from pf_reporting_period p join pf_item i on i.plan_id = p.plan_id
                where i.business_key = ? order by p.ordinal""").param(ITEM).query(Long.class).list().stream()
                .map(period -> Map.<String, Object>of("periodId", period, "targetId", targetId,
                        "milestone", "按季度培育示范企业", "plannedValue", 30))
                .toList();
        complete("AcknowledgeLead", Map.of("acknowledgement", "accept", "milestones", rows(milestones)));
        complete("AcknowledgePart", Map.of("partAcknowledged", true));
        complete("SubmitContribution", Map.of("contributionNarrative", CONTRIBUTION, "evidence", "示范企业名单",
                "targetValues", rows(List.of(Map.of("targetId", targetId, "value", 12)))));
        ProcessFixture.openReport(managementService, runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("reporting-period").processInstanceBusinessKey(ITEM).singleResult().getId());
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(ITEM)
                .taskDefinitionKey(taskKey).singleResult().getId(), variables);
    }

    private Object rows(List<Map<String, Object>> rows) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(rows)).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
