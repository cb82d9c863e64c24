package org.policyflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The seed plan's year played through the HTTP API of the whole application (real engine, H2 file database): it runs
 * to the end with nothing failed, and the summary agrees with PolicyFlow's tables. Then the same small plan imported
 * twice under two document numbers, simulated together by concurrent clients, must have the same year: decisions
 * come from the seed and stable keys, never from the order of answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=simulation-test")
class SimulationTest {

    private static final long SEED = 42;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    /** Two items, two bodies, a year of five periods: small enough to simulate twice in a few seconds. */
    private static final String SMALL_PLAN = """
            测试市2025年重点工作要点
            测政办〔2025〕%d号
            一、提升服务水平
            1. 推进便民服务提质，全年新增便民服务点100个以上。（市商务局、市民政局，排在第一位的为牵头单位，下同）
            2. 推进养老服务扩容，养老服务满意度达到90%%。（市民政局、市商务局）
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-simulation-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }

    @Test
    void seedYearEndsEverywhereAndTheSummaryAgreesWithTheDatabase() throws Exception {
        ObjectNode result = SimulateCommand.simulate(client(), options(), new Progress(QUIET), (task, outcome) -> { });
        JsonNode summary = result.get("summary");
        JsonNode records = summary.get("records");
        System.out.println("simulation: " + result);

        for (String process : List.of("action-item", "reporting-period", "escalation", "extension-request")) {
            assertThat(summary.path("instancesRunning").path(process).asLong()).as(process).isZero();
            assertThat(count("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_ "
                    + "where d.KEY_ = ? and p.END_TIME_ is null", process)).as("%s instances not ended", process)
                    .isZero();
        }
        assertThat(count("select count(*) from ACT_RU_EXECUTION")).isZero();
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(count("select count(*) from ACT_HI_INCIDENT")).as("incidents ever").isZero();
        assertThat(summary.path("failedJobs").asLong()).isZero();
        assertThat(SimulateCommand.healthy(summary, false)).isTrue();

        assertThat(count("select count(*) from pf_assessment")).isEqualTo(18).isEqualTo(total(records, "ASSESSMENT"));
        assertThat(count("select count(*) from pf_report")).isEqualTo(total(records, "REPORT"))
                .isEqualTo(summary.path("tasksCompleted").path("CompileReport").asLong());
        assertThat(byOutcome("select rating, count(*) from pf_report group by rating")).isEqualTo(map(records, "REPORT"));
        assertThat(byOutcome("select decision, count(*) from pf_review group by decision"))
                .isEqualTo(map(records, "REVIEW"));
        assertThat(byOutcome("select kind, count(*) from pf_reminder group by kind")).isEqualTo(map(records, "REMINDER"));
        assertThat(byOutcome("select trigger_type, count(*) from pf_escalation group by trigger_type"))
                .isEqualTo(map(records, "ESCALATION"));
        assertThat(byOutcome("select level, count(*) from pf_escalation_notice group by level"))
                .isEqualTo(map(records, "NOTICE"));
        assertThat(byOutcome("select status, count(*) from pf_extension group by status"))
                .isEqualTo(map(records, "EXTENSION_DECIDED"));
        assertThat(byOutcome("select result, count(*) from pf_assessment group by result"))
                .isEqualTo(map(records, "ASSESSMENT"));
        assertThat(count("select count(*) from pf_contribution"))
                .isEqualTo(summary.path("tasksCompleted").path("SubmitContribution").asLong());
        assertThat(count("select count(*) from pf_escalation where status = 'OPEN'")).isZero();

        // every 提醒, 催办, 督办单, return and extension decision told its body once; new tasks in digests
        JsonNode messages = summary.path("messages").path("messagesByKind");
        assertThat(messages.path("REMINDER").asLong()).isEqualTo(records.path("REMINDER").path("REMINDER").asLong());
        assertThat(messages.path("URGE").asLong()).isEqualTo(records.path("REMINDER").path("URGE").asLong());
        assertThat(messages.path("NOTICE").asLong()).isEqualTo(total(records, "NOTICE"));
        assertThat(messages.path("REPORT_RETURNED").asLong()).isEqualTo(records.path("REVIEW").path("RETURNED").asLong());
        assertThat(messages.path("EXTENSION_DECIDED").asLong()).isEqualTo(total(records, "EXTENSION_DECIDED"));
        assertThat(messages.path("NEW_TASKS").asLong()).as("digests, not one message per task").isPositive()
                .isLessThan(summary.path("tasksCompleted").path("total").asLong() / 2);
        assertThat(summary.path("messages").path("deliveriesByChannel").size()).as("no mail host, no robots").isZero();

        // the year has every kind of event the simulation is for
        assertThat(records.path("REVIEW").path("RETURNED").asLong()).as("returns").isPositive();
        assertThat(records.path("REMINDER").path("URGE").asLong()).as("催办").isPositive();
        assertThat(records.path("EXTENSION_DECIDED").size()).as("extensions approved and refused").isEqualTo(2);
        assertThat(records.path("ESCALATION").size()).as("escalation triggers").isEqualTo(3);
        assertThat(summary.path("escalationsByHighestLevel").size()).as("levels reached").isGreaterThanOrEqualTo(2);
        assertThat(records.path("REPORT").has("RED")).as("missed targets").isTrue();

        sameSeedSameYear();
    }

    /** Two copies of a small plan, simulated at once by four clients, live the same year. */
    private void sameSeedSameYear() throws Exception {
        long first = importPlan(SMALL_PLAN.formatted(1));
        long second = importPlan(SMALL_PLAN.formatted(2));
        ObjectNode result = SimulateCommand.simulate(client(), options(), new Progress(QUIET), (task, outcome) -> { });
        assertThat(SimulateCommand.healthy(result.get("summary"), false)).as(result.toString()).isTrue();
        JsonNode firstYear = YearSummary.records(client(), List.of(first));
        assertThat(firstYear.path("ASSESSMENT").size()).isPositive();
        assertThat(YearSummary.records(client(), List.of(second))).isEqualTo(firstYear);
    }

    private long importPlan(String text) {
        PolicyFlowClient.Answer answer = client().post(YearSimulation.OFFICE, "/api/plans", Map.of("text", text));
        return answer.body().get("id").asLong();
    }

    private PolicyFlowClient client() {
        return new PolicyFlowClient("http://127.0.0.1:" + port, "demo");
    }

    private static SimulateCommand.Options options() {
        return new SimulateCommand.Options("unused", SEED, "demo", 4, 0, null, null, null, Duration.ofSeconds(60));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Map<String, Long> byOutcome(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static Map<String, Long> map(JsonNode records, String kind) {
        Map<String, Long> counts = new TreeMap<>();
        records.path(kind).fields().forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    private static long total(JsonNode records, String kind) {
        return map(records, kind).values().stream().mapToLong(Long::longValue).sum();
    }
}
