package org.policyflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The command line and the seeded choices, without a server. */
class SimulateCommandTest {

    @Test
    void wrongUsageExitsWithTwoAndSaysHow() {
        for (String[] args : new String[][] {{}, {"--url", "http://localhost:1"},
                {"--url", "http://localhost:1", "--seed", "x"},
                {"--url", "http://localhost:1", "--seed", "1", "--until", "Q5"},
                {"--url", "http://localhost:1", "--seed", "1", "--clients", "0"},
                {"--url", "http://localhost:1", "--seed", "1", "--speed", "9"},
                // the server jar's former sub-command: this jar has no sub-commands
                {"simulate", "--url", "http://localhost:1", "--seed", "1"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = SimulateCommand.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法: java -jar policyflow-simulation.jar --url");
        }
    }

    @Test
    void untilNamesAQuarterOfTheCalendarsLabels() {
        assertThat(SimulateCommand.Options.parse(new String[] {"--url", "u", "--seed", "7", "--until", "q3"})
                .untilQuarter()).isEqualTo(3);
        assertThat(PlanFacts.quarter("2025年第三季度")).isEqualTo(3);
        assertThat(PlanFacts.quarter("2025年第一季度")).isEqualTo(1);
        assertThat(PlanFacts.quarter("2025年度总结")).isEqualTo(5);
    }

    @Test
    void choicesDependOnSeedAndKeyOnly() {
        Decisions one = new Decisions(42);
        Decisions again = new Decisions(42);
        Decisions other = new Decisions(43);
        assertThat(one.draw("return", "(三) 推进服务供给提质", "2025年第三季度", "1"))
                .isEqualTo(again.draw("return", "(三) 推进服务供给提质", "2025年第三季度", "1"))
                .isNotEqualTo(other.draw("return", "(三) 推进服务供给提质", "2025年第三季度", "1"))
                .isBetween(0.0, 1.0);
        // the parts of a key are kept apart: ("ab", "c") is not ("a", "bc")
        assertThat(one.draw("ab", "c")).isNotEqualTo(one.draw("a", "bc"));
        long late = IntStream.range(0, 2000).mapToObj(i -> one.contribution("item" + i, "Q3", "kunshan"))
                .filter(lateness -> lateness != Decisions.Lateness.ON_TIME).count();
        assertThat(late).as("about 22 %% of 2000 contributions are late").isBetween(340L, 540L);
        assertThat(IntStream.rangeClosed(1, 5).filter(revision -> one.returns("item", "Q3", revision)).max()
                .orElse(0)).as("never a third return").isLessThan(3);
    }
}
