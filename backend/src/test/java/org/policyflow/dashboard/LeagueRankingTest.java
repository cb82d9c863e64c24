package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyflow.dashboard.Dashboard.LeagueRow;
import org.policyflow.dashboard.Dashboard.Rate;

class LeagueRankingTest {

    private static LeagueRow row(String name, long due, long onTime, long overdueTasks) {
        return new LeagueRow(name, name, "BUREAU", new Rate(due, onTime), Rate.NONE, 0, overdueTasks);
    }

    @Test
    void aBodyWithNothingDueIsNotRankedAboveOneThatReportedEverythingOnTime() {
        LeagueRow nothingDue = row("a-nothing-due", 0, 0, 0);
        LeagueRow allOnTime = row("b-all-on-time", 4, 4, 1);
        LeagueRow half = row("c-half", 4, 2, 0);
        LeagueRow none = row("d-none", 2, 0, 3);

        List<LeagueRow> ranked = Stream.of(nothingDue, none, half, allOnTime).sorted(LeagueRow.RANKING).toList();

        assertThat(ranked).containsExactly(allOnTime, half, none, nothingDue);
    }

    @Test
    void atTheSameRateFewerOverdueTasksComeFirstThenTheName() {
        LeagueRow late = row("a-late", 2, 2, 3);
        LeagueRow prompt = row("z-prompt", 4, 4, 0);
        LeagueRow alsoPrompt = row("m-prompt", 1, 1, 0);

        assertThat(Stream.of(late, prompt, alsoPrompt).sorted(LeagueRow.RANKING).toList())
                .containsExactly(alsoPrompt, prompt, late);
    }

    @Test
    void aBodysRateIsItsOwnReportsAndMaterialGivenTogetherAndApart() {
        LeagueRow both = new LeagueRow("b", "b", "BUREAU", new Rate(2, 2), new Rate(2, 0), 0, 0);

        assertThat(both.due()).isEqualTo(4);
        assertThat(both.onTime()).isEqualTo(2);
        assertThat(both.onTimeRate()).isEqualByComparingTo("0.5");
        assertThat(both.reports().onTimeRate()).isEqualByComparingTo("1");
        assertThat(both.contributions().onTimeRate()).isEqualByComparingTo("0");
        assertThat(Rate.NONE.onTimeRate()).isNull();
    }
}
