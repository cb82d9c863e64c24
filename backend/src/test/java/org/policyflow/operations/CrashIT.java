package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyflow.simulation.SimulateCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * kill -9 in the middle of a running simulation (policyflow-simulation's command, in this JVM, against the node's
 * jar), on H2 (file database) and on PostgreSQL, then a restart on the same data: every task completion and every report
 * the server acknowledged (HTTP 2xx) is there with its record, nothing is half-written (a record without its task
 * ended, or the reverse), no plan or instance is duplicated by the restart's seed import, and the simulation goes on
 * to the end of the year on the restarted node.
 */
class CrashIT {

    /** The node is killed once this many reports (编制进展报告) were acknowledged. */
    static final int REPORTS_BEFORE_KILL = 3;
    private static final String SMALL_PLAN = "src/test/resources/plans/changzhou-work-points.txt";
    private static final Duration RUN_LIMIT = Duration.ofMinutes(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tables recording each kind of task, one row per completed task (task_id). */
    private static final Map<String, String> RECORDS = Map.of("AcknowledgeLead", "pf_acknowledgement",
            "AcknowledgePart", "pf_acknowledgement", "AssignLead", "pf_acknowledgement",
            "SubmitContribution", "pf_contribution", "CompileReport", "pf_report", "ReviewReport", "pf_review",
            "FinalAssessment", "pf_assessment");

    @TempDir
    Path workDir;

    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedCompletion() throws Exception {
        String url = "jdbc:h2:file:" + workDir.resolve("data").resolve("policyflow");
        crashAndRestart("h2", List.of(), () -> {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
            return new Database(JdbcClient.create(dataSource), dataSource::destroy);
        });
    }

    @Test
    void postgresKeepsEveryAcknowledgedCompletion() throws Exception {
        try (ScratchPostgres database = ScratchPostgres.create("crash")) {
            crashAndRestart("postgres", database.nodeSettings(), () -> new Database(database.jdbc(), () -> { }));
        }
    }

    private record Database(JdbcClient jdbc, Runnable close) {
    }

    private interface DatabaseAccess {
        Database open();
    }

    /** One line of the simulation's journal: an action the server acknowledged. */
    private record Acknowledged(String taskId, String taskKey, String outcome) {
        static Acknowledged of(String line) {
            String[] fields = line.split("\t");
            return new Acknowledged(fields[0], fields[1], fields[2]);
        }

        boolean completed() {
            return "COMPLETED".equals(outcome);
        }
    }

    private void crashAndRestart(String label, List<String> settings, DatabaseAccess database) throws Exception {
        Path journal = workDir.resolve(label + "-journal.tsv");
        long planId;
        List<Acknowledged> beforeKill;
        try (NodeProcess node = NodeProcess.of(label, workDir, settings).start().awaitUp()) {
            var imported = node.postJson("coordinator", "/api/plans", JSON.writeValueAsString(
                    Map.of("text", Files.readString(Path.of(SMALL_PLAN), StandardCharsets.UTF_8))));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            planId = JSON.readTree(imported.body()).get("id").asLong();
            CompletableFuture<Integer> run = simulate(node, planId, journal);
            Instant deadline = Instant.now().plus(RUN_LIMIT);
            while (read(journal).stream().filter(a -> "CompileReport".equals(a.taskKey()) && a.completed()).count()
                    < REPORTS_BEFORE_KILL) {
                assertThat(run).as("the simulation runs until the kill").isNotDone();
                assertThat(Instant.now()).as("reports acknowledged in time").isBefore(deadline);
                NodeProcess.pause(Duration.ofMillis(100));
            }
            node.kill();
            assertThat(run.get(2, TimeUnit.MINUTES)).as("the simulation stops: its server is gone").isEqualTo(1);
            beforeKill = read(journal);
        }
        int finalExit;
        try (NodeProcess restarted = NodeProcess.of(label + "-restarted", workDir, settings).start().awaitUp()) {
            finalExit = simulate(restarted, planId, journal).get(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES);
            restarted.stop();
        }
        Database data = database.open();
        try {
            assertThat(finalExit).as("the simulation goes on to the end of the year on the restarted node")
                    .isZero();
            assertSurvived(label, data.jdbc(), beforeKill, read(journal).size(), planId);
        } finally {
            data.close().run();
        }
    }

    /** The simulation's command, as an operator runs it, on a thread of this JVM: its exit code. */
    private static CompletableFuture<Integer> simulate(NodeProcess node, long planId, Path journal) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> SimulateCommand.run(new String[] {"--url", node.url(),
                "--seed", "42", "--plan", Long.toString(planId), "--journal", journal.toString()}, quiet, System.err));
    }

    private static List<Acknowledged> read(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        return Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(Acknowledged::of).toList();
    }

    private static void assertSurvived(String label, JdbcClient jdbc, List<Acknowledged> beforeKill, int actionsInAll,
            long planId) {
        long completions = 0;
        long reports = 0;
        for (Acknowledged action : beforeKill) {
            String table = RECORDS.get(action.taskKey());
            if (!action.completed() || table == null) {
                continue;
            }
            completions++;
            reports += "CompileReport".equals(action.taskKey()) ? 1 : 0;
            assertThat(jdbc.sql("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null "
                    + "and DELETE_REASON_ = 'completed'").param(action.taskId()).query(Long.class).single())
                    .as("acknowledged completion of %s %s survived", action.taskKey(), action.taskId()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from " + table + " where task_id = ?").param(action.taskId())
                    .query(Long.class).single()).as("record of %s %s", action.taskKey(), action.taskId()).isEqualTo(1);
        }
        assertThat(reports).isGreaterThanOrEqualTo(REPORTS_BEFORE_KILL);
        // nothing half-written, acknowledged or not: a task is completed exactly when its record exists
        for (Map.Entry<String, String> kind : RECORDS.entrySet()) {
            assertThat(jdbc.sql("select count(*) from ACT_HI_TASKINST t where t.TASK_DEF_KEY_ = ? and "
                    + "(case when t.DELETE_REASON_ = 'completed' then 1 else 0 end) <> "
                    + "(select count(*) from " + kind.getValue() + " r where r.task_id = t.ID_)")
                    .param(kind.getKey()).query(Long.class).single()).as("%s tasks without exactly their record",
                    kind.getKey()).isZero();
        }
        assertThat(jdbc.sql("select count(*) from pf_report where rating is null").query(Long.class).single())
                .as("reports written without their rating").isZero();
        assertThat(jdbc.sql("select count(*) from (select doc_number from pf_plan group by doc_number "
                + "having count(*) > 1) twice").query(Long.class).single()).as("plans imported twice").isZero();
        assertThat(jdbc.sql("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'action-item'")
                .query(Long.class).single()).as("one action-item instance per item")
                .isEqualTo(jdbc.sql("select count(*) from pf_item").query(Long.class).single());
        long items = jdbc.sql("select count(*) from pf_item where plan_id = ?").param(planId).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from pf_assessment a join pf_item i on i.id = a.item_id where i.plan_id = ?")
                .param(planId).query(Long.class).single()).as("every item of the simulated plan assessed")
                .isEqualTo(items);
        assertThat(jdbc.sql("select count(*) from ACT_RU_INCIDENT").query(Long.class).single()).isZero();
        System.out.printf("crash (%s): %d actions acknowledged before kill -9 (%d task completions with a record, "
                + "%d of them reports), all survived; %d actions in the whole simulated year%n", label,
                beforeKill.size(), completions, reports, actionsInAll);
    }
}
