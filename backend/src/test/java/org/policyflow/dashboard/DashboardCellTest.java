package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.PeriodKind;
import org.policyflow.calendar.ReportingPeriod;
import org.policyflow.dashboard.Dashboard.Cell;
import org.policyflow.dashboard.Dashboard.LateBody;
import org.policyflow.dashboard.DashboardQueries.ItemRow;
import org.policyflow.dashboard.DashboardQueries.LateRow;

/** One cell of 总览 from what v_submission says is late: whose lateness it shows. */
class DashboardCellTest {

    private static final Instant DUE = Instant.parse("2025-10-10T16:00:00Z");
    private static final StoredPeriod PERIOD = new StoredPeriod(7, 1, new ReportingPeriod(1, "2025年第三季度",
            PeriodKind.QUARTER, DUE.minus(Duration.ofDays(101)), DUE.minus(Duration.ofDays(10)), DUE));
    private static final ItemRow ITEM = new ItemRow(3, 3, "(三)", "推进服务供给提质", "shangwu", "市商务局");
    private static final String KEY = DashboardService.key(3, 7);

    private static Cell cell(ItemRow item, List<LateRow> late, Instant now) {
        return DashboardService.cell(item, PERIOD, Map.of(), Map.of(KEY, late), now);
    }

    @Test
    void materialOverdueWhileTheLeadsReportIsNotYetDueNamesTheContributorAndNotTheLead() {
        Cell cell = cell(ITEM, List.of(new LateRow(3, 7, "zhujian", "市住建局", "CONTRIBUTION", false, null)),
                DUE.plus(Duration.ofHours(1)));

        assertThat(cell.light()).isEqualTo("GREY");
        assertThat(cell.status()).isEqualTo("NOT_DUE");
        assertThat(cell.leadLate()).isFalse();
        assertThat(cell.lateContributions()).containsExactly(new LateBody("zhujian", "市住建局", false));
    }

    @Test
    void aLeadPastItsOwnDueDateWithoutAReportIsLateWhileOnTimeContributorsAreNotNamed() {
        Cell cell = cell(ITEM, List.of(new LateRow(3, 7, "shangwu", "市商务局", "REPORT", false, null)),
                DUE.plus(Duration.ofHours(1)));

        assertThat(cell.light()).isEqualTo("RED");
        assertThat(cell.status()).isEqualTo("OVERDUE");
        assertThat(cell.leadLate()).isTrue();
        assertThat(cell.lateContributions()).isEmpty();
    }

    @Test
    void anItemWithoutALeadIsOverdueByThePeriodsDueDate() {
        ItemRow noLead = new ItemRow(3, 3, "(三)", "推进服务供给提质", null, null);

        assertThat(cell(noLead, List.of(), DUE.minusSeconds(1)).status()).isEqualTo("NOT_DUE");
        assertThat(cell(noLead, List.of(), DUE.plusSeconds(1)).status()).isEqualTo("OVERDUE");
    }
}
