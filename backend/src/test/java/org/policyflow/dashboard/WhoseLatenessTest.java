package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyflow.calendar.CalendarStore;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.engine.EngineClock;
import org.policyflow.reporting.ProcessFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whose lateness 总览, the league table and the ledger show, on two plans of the year 2025 whose periods are all past
 * their due dates (as recorded by the reporting package): in one the lead reports every period on time and one
 * contributor never sends its material; in the other the lead reports the first period 4 days late and never again,
 * while both contributors are on time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoseLatenessTest extends DashboardIntegrationTest {

    @Autowired
    CalendarStore calendar;
    @Autowired
    EngineClock clock;

    private String lead;
    private String prompt;
    private String silent;
    private String silentName;

    private long contributorLatePlan;
    private long contributorLateItem;
    private List<StoredPeriod> contributorLatePeriods;
    private long leadLatePlan;
    private long leadLateItem;
    private List<StoredPeriod> leadLatePeriods;

    @BeforeAll
    void plans() {
        List<String> bodies = jdbc.sql("select id from pf_department where kind = 'MUNICIPAL' order by id")
                .query(String.class).list();
        lead = bodies.get(0);
        prompt = bodies.get(1);
        silent = bodies.get(2);
        silentName = jdbc.sql("select name from pf_department where id = ?").param(silent).query(String.class)
                .single();

        contributorLateItem = item("迟报测试〔2025〕1号");
        contributorLatePlan = planOf(contributorLateItem);
        contributorLatePeriods = calendar.createFor(contributorLatePlan);
        for (StoredPeriod period : contributorLatePeriods) {
            report(contributorLateItem, period, 0);
            contribute(contributorLateItem, period, prompt);
        }
        // the last period's due date moved far ahead by an approved extension: nothing is due there yet
        StoredPeriod last = contributorLatePeriods.get(contributorLatePeriods.size() - 1);
        jdbc.sql("delete from pf_report where item_id = ? and period_id = ?").params(contributorLateItem, last.id())
                .update();
        jdbc.sql("delete from pf_contribution where item_id = ? and period_id = ?")
                .params(contributorLateItem, last.id()).update();
        jdbc.sql("""
                insert into pf_extension (item_id, period_id, department_id, reason, previous_due_at, requested_due_at,
                  status, requested_at, decided_at) values (?, ?, ?, '等待年度统计数据', ?, ?, 'APPROVED', ?, ?)""")
                .params(contributorLateItem, last.id(), lead, Timestamp.from(last.period().dueAt()),
                        Timestamp.from(LocalDate.of(2099, 1, 1).atStartOfDay(EngineClock.ZONE).toInstant()),
                        Timestamp.from(last.period().dueAt()), Timestamp.from(last.period().dueAt()))
                .update();

        leadLateItem = item("迟报测试〔2025〕2号");
        leadLatePlan = planOf(leadLateItem);
        leadLatePeriods = calendar.createFor(leadLatePlan);
        report(leadLateItem, leadLatePeriods.get(0), 4);
        for (StoredPeriod period : leadLatePeriods) {
            contribute(leadLateItem, period, prompt);
            contribute(leadLateItem, period, silent);
        }
    }

    private long item(String docNumber) {
        long itemId = ProcessFixture.itemOf(jdbc, docNumber);
        int ordinal = 0;
        for (String body : List.of(lead, prompt, silent)) {
            jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (?, ?, ?, ?)")
                    .params(itemId, body, ordinal == 0 ? "LEAD" : "SUPPORTING", ++ordinal).update();
        }
        return itemId;
    }

    private long planOf(long itemId) {
        return jdbc.sql("select plan_id from pf_item where id = ?").param(itemId).query(Long.class).single();
    }

    private void report(long itemId, StoredPeriod period, int daysLate) {
        Instant at = period.period().dueAt().plusSeconds(daysLate * 86_400L - 3_600);
        jdbc.sql("""
                insert into pf_report (item_id, period_id, revision, department_id, narrative, days_late, rating,
                  recorded_by, recorded_at, contributions_missing) values (?, ?, 1, ?, '按计划推进', ?, ?, ?, ?, 1)""")
                .params(itemId, period.id(), lead, daysLate, daysLate == 0 ? "GREEN" : "RED", lead,
                        Timestamp.from(at))
                .update();
    }

    private void contribute(long itemId, StoredPeriod period, String body) {
        jdbc.sql("""
                insert into pf_contribution (item_id, period_id, department_id, narrative, recorded_by, recorded_at)
                values (?, ?, ?, '配合材料', ?, ?)""")
                .params(itemId, period.id(), body, body, Timestamp.from(period.period().dueAt().minusSeconds(86_400)))
                .update();
    }

    private Map<String, Object> cell(long planId, long itemId, StoredPeriod period) {
        Map<String, Object> dashboard = get("coordinator", "/api/dashboard?planId=" + planId).getBody();
        return byId(list(byId(list(dashboard.get("items")), "id", itemId).get("cells")), "periodId", period.id());
    }

    private Map<String, Object> league(long planId, String body) {
        return byId(list(get("coordinator", "/api/dashboard?planId=" + planId).getBody().get("league")),
                "departmentId", body);
    }

    private List<String> ledgerRow(long planId, StoredPeriod period) throws IOException {
        byte[] xlsx = http.withBasicAuth("coordinator", PASSWORD).getForEntity(
                "/api/ledger.xlsx?planId=" + planId + "&periodId=" + period.id(), byte[].class).getBody();
        return rows(xlsx).get(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void aMissingContributionNamesTheContributorAndNeverTheLead() {
        Map<String, Object> first = cell(contributorLatePlan, contributorLateItem, contributorLatePeriods.get(0));
        assertThat(first).containsEntry("light", "GREEN").containsEntry("leadLate", false);
        assertThat(list(first.get("lateContributions"))).singleElement().satisfies(late -> assertThat(late)
                .containsEntry("departmentId", silent).containsEntry("name", silentName)
                .containsEntry("submitted", false));
    }

    @Test
    void aLeadNotDueYetIsNotLateWhateverThePeriodsDateSays() {
        StoredPeriod last = contributorLatePeriods.get(contributorLatePeriods.size() - 1);
        assertThat(last.period().dueAt()).isBefore(clock.instant());
        Map<String, Object> cell = cell(contributorLatePlan, contributorLateItem, last);
        assertThat(cell).containsEntry("light", "GREY").containsEntry("status", "NOT_DUE")
                .containsEntry("leadLate", false);
        assertThat(list(cell.get("lateContributions"))).isEmpty();
    }

    @Test
    void aLateLeadIsBlamedAloneAndContributorsOnTimeAreNotNamed() {
        Map<String, Object> first = cell(leadLatePlan, leadLateItem, leadLatePeriods.get(0));
        assertThat(first).containsEntry("leadLate", true).containsEntry("daysLate", 4);
        assertThat(list(first.get("lateContributions"))).isEmpty();
        Map<String, Object> second = cell(leadLatePlan, leadLateItem, leadLatePeriods.get(1));
        assertThat(second).containsEntry("light", "RED").containsEntry("status", "OVERDUE")
                .containsEntry("leadLate", true);
        assertThat(list(second.get("lateContributions"))).isEmpty();
    }

    @Test
    void theLeagueCountsEachBodyOnItsOwnSubmissionsAndGivesReportsAndMaterialApart() {
        int periods = contributorLatePeriods.size();
        // the lead reported every period that was due on time: the silent contributor does not lower it
        Map<String, Object> onTimeLead = league(contributorLatePlan, lead);
        assertThat(onTimeLead).containsEntry("due", periods - 1).containsEntry("onTime", periods - 1);
        assertThat(map(onTimeLead.get("reports")).get("onTimeRate")).isEqualTo(1.0);
        assertThat(map(onTimeLead.get("contributions")).get("due")).isEqualTo(0);
        Map<String, Object> silentBody = league(contributorLatePlan, silent);
        assertThat(map(silentBody.get("contributions"))).containsEntry("due", periods - 1)
                .containsEntry("onTime", 0);
        assertThat(map(silentBody.get("reports")).get("due")).isEqualTo(0);

        Map<String, Object> lateLead = league(leadLatePlan, lead);
        assertThat(map(lateLead.get("reports"))).containsEntry("due", periods).containsEntry("onTime", 0);
        assertThat(map(league(leadLatePlan, silent).get("contributions"))).containsEntry("due", periods)
                .containsEntry("onTime", periods);
        assertThat(((Number) league(leadLatePlan, silent).get("onTimeRate")).doubleValue()).isEqualTo(1.0);
    }

    @Test
    void theLedgerSaysHowLateTheLeadWasAndWhichMaterialIsMissing() throws IOException {
        int leadDays = LedgerExport.HEADERS.indexOf("牵头单位逾期(天)");
        int contributions = LedgerExport.HEADERS.indexOf("配合材料缺报/逾期单位");

        List<String> contributorLate = ledgerRow(contributorLatePlan, contributorLatePeriods.get(0));
        assertThat(contributorLate.get(leadDays)).isEmpty();
        assertThat(contributorLate.get(contributions)).isEqualTo(silentName + "(缺报)");

        assertThat(ledgerRow(leadLatePlan, leadLatePeriods.get(0)).get(leadDays)).isEqualTo("4");
        assertThat(ledgerRow(leadLatePlan, leadLatePeriods.get(0)).get(contributions)).isEmpty();
        assertThat(ledgerRow(leadLatePlan, leadLatePeriods.get(1)).get(leadDays)).isEqualTo("逾期未报");
    }
}
