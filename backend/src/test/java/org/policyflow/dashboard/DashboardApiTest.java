package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The dashboard, ledger and item page read models on the seed, and who may read what. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest extends DashboardIntegrationTest {

    private Seed seed;

    @BeforeAll
    void report() {
        seed = reportedSeed();
    }

    @Test
    void coordinatorSeesTheReportedLightFigureAndLeague() {
        ResponseEntity<Map<String, Object>> answer = get("coordinator", "/api/dashboard?planId=" + seed.planId());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> dashboard = answer.getBody();
        assertThat(dashboard).containsEntry("seesAll", true);
        assertThat(list(dashboard.get("periods"))).hasSize(3);
        assertThat(list(dashboard.get("items"))).hasSize(18);

        Map<String, Object> item = byId(list(dashboard.get("items")), "id", seed.itemId());
        Map<String, Object> first = byId(list(item.get("cells")), "periodId", seed.periodId());
        assertThat(first).containsEntry("light", "GREEN").containsEntry("status", "UNDER_REVIEW")
                .containsEntry("revision", 1).containsEntry("daysLate", 0);
        assertThat(list(item.get("cells")).get(1)).containsEntry("light", "GREY").containsEntry("status", "NOT_DUE");

        Map<String, Object> target = byId(list(dashboard.get("targets")), "id", seed.targetId());
        assertThat(((Number) target.get("actual")).intValue()).isEqualTo(REPORTED_VALUE);
        assertThat(((Number) target.get("targetValue")).intValue()).isEqualTo(60000);
        assertThat(((Number) target.get("progress")).doubleValue()).isEqualTo(1.0);
        assertThat(((Number) target.get("expectedProgress")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(target).containsEntry("rating", "GREEN").containsEntry("periodLabel",
                list(dashboard.get("periods")).get(0).get("label"));

        Map<String, Object> lead = byId(list(dashboard.get("league")), "departmentId", seed.lead());
        assertThat(lead).containsEntry("due", 1).containsEntry("onTime", 1);
        assertThat(((Number) lead.get("onTimeRate")).doubleValue()).isEqualTo(1.0);
        // every county-level government still has its acknowledgements open
        assertThat(((Number) byId(list(dashboard.get("league")), "departmentId", "kunshan").get("openTasks"))
                .intValue()).isGreaterThanOrEqualTo(18);

        Map<String, Object> counts = byId(list(dashboard.get("lightCounts")), "periodId", seed.periodId());
        assertThat(counts).containsEntry("green", 1).containsEntry("grey", 17);
    }

    @Test
    void ledgerOpensAsSpreadsheetWithTheReportedRow() throws IOException {
        ResponseEntity<byte[]> answer = http.withBasicAuth("coordinator", PASSWORD).getForEntity(
                "/api/ledger.xlsx?planId=" + seed.planId() + "&periodId=" + seed.periodId(), byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().equalsTypeAndSubtype(DashboardController.XLSX)).isTrue();
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).endsWith("台账.xlsx");

        List<List<String>> rows = rows(answer.getBody());
        assertThat(rows.get(1)).containsExactlyElementsOf(LedgerExport.HEADERS);
        List<String> reported = rows.stream().filter(row -> row.size() > 11 && NARRATIVE.equals(row.get(11)))
                .findFirst().orElseThrow();
        assertThat(reported.get(0)).isEqualTo("(一)");
        assertThat(reported.get(3)).contains("首席质量官");
        assertThat(reported.get(4)).isEqualTo("60000人");
        assertThat(reported.get(5)).isEqualTo("60000");
        assertThat(reported.get(7)).isEqualTo("绿灯");
        assertThat(reported.get(8)).isEqualTo("待审核");
        // one row per target, one for an item without targets: every item of the seed is there
        assertThat(rows.stream().skip(2).map(row -> row.get(0)).distinct()).hasSize(18);
    }

    @Test
    void departmentSeesLightsButOnlyItsOwnItemsNarrativesAndLedgerRows() throws IOException {
        String outsider = outsider(seed.itemId());
        Map<String, Object> dashboard = get(outsider, "/api/dashboard?planId=" + seed.planId()).getBody();
        assertThat(dashboard).containsEntry("seesAll", false);
        Map<String, Object> item = byId(list(dashboard.get("items")), "id", seed.itemId());
        assertThat(item).containsEntry("mine", false);
        assertThat(byId(list(item.get("cells")), "periodId", seed.periodId())).containsEntry("light", "GREEN");
        assertThat(dashboard.toString()).doesNotContain(NARRATIVE);

        ResponseEntity<Map<String, Object>> page = get(outsider, "/api/items/" + seed.itemId());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getBody().get("detail").toString()).contains("无权查看");

        byte[] ledger = http.withBasicAuth(outsider, PASSWORD).getForEntity(
                "/api/ledger.xlsx?planId=" + seed.planId() + "&periodId=" + seed.periodId(), byte[].class).getBody();
        assertThat(rows(ledger).stream().flatMap(List::stream)).doesNotContain(NARRATIVE);
    }

    @Test
    void itemPageShowsBodiesTargetHistoryTimelineAndProcessPosition() {
        ResponseEntity<Map<String, Object>> answer = get(seed.lead(), "/api/items/" + seed.itemId());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> page = answer.getBody();
        assertThat(page).containsEntry("label", "(一)").containsEntry("businessKey", SEED + "-1");
        assertThat(list(page.get("bodies")).get(0)).containsEntry("id", seed.lead()).containsEntry("role", "LEAD");
        assertThat(list(page.get("bodies"))).anySatisfy(body -> assertThat(body).containsEntry("role", "IMPLEMENTER"));

        Map<String, Object> target = byId(list(page.get("targets")), "id", seed.targetId());
        assertThat(list(target.get("history"))).singleElement().satisfies(figure -> {
            assertThat(((Number) figure.get("value")).intValue()).isEqualTo(REPORTED_VALUE);
            assertThat(figure).containsEntry("rating", "GREEN").containsEntry("revision", 1);
        });

        Map<String, Object> report = list(page.get("timeline")).stream()
                .filter(event -> "REPORT".equals(event.get("kind"))).findFirst().orElseThrow();
        assertThat(report).containsEntry("actor", seed.lead()).containsEntry("outcome", "GREEN")
                .containsEntry("detail", "1|" + NARRATIVE);
        assertThat(report.get("at").toString()).endsWith("+08:00");

        Map<String, Object> process = (Map<String, Object>) page.get("process");
        assertThat(process.get("processDefinitionId").toString()).startsWith("action-item:");
        assertThat((List<String>) process.get("currentActivityIds")).contains("AcknowledgeLead");
        assertThat((List<String>) process.get("passedActivityIds")).isNotEmpty();
    }

    @Test
    void unknownPlanOrItemIs404AndAnonymousIs401() {
        ResponseEntity<Map<String, Object>> plan = get("coordinator", "/api/dashboard?planId=999999");
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(plan.getBody().get("detail").toString()).contains("planId");
        assertThat(get("coordinator", "/api/items/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map<String, Object>> period = get("coordinator",
                "/api/ledger.xlsx?planId=" + seed.planId() + "&periodId=999999");
        assertThat(period.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("coordinator", "/api/dashboard?planId=abc").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/dashboard", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
