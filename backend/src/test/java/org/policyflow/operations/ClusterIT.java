package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two PolicyFlow nodes (two JVMs, two ports) on one PostgreSQL database, both running the job executor. Every timer
 * of the seed plan (签收, and the first reporting period's contributions and reports) is made due at once; node A is
 * killed with kill -9 while it holds locked jobs. Node B must fire every timer exactly once — after A's locks expire
 * for the jobs A held — and the timers those start, round after round, with no reminder or escalation written twice
 * and no incident.
 */
class ClusterIT {

    static final long LOCK_MILLIS = 10_000;
    private static final String ADMIN = "admin";
    private static final String TIMERS = "TYPE_ = 'timer'";

    @TempDir
    Path workDir;

    @Test
    void everyTimerFiresExactlyOnceAcrossTwoNodesAndSurvivesAKilledNode() throws Exception {
        try (ScratchPostgres database = ScratchPostgres.create("cluster")) {
            List<String> settings = new ArrayList<>(database.nodeSettings());
            settings.add("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS);
            // a node takes many jobs per acquisition, so the one killed holds locks on jobs it never ran
            settings.add("--camunda.bpm.job-execution.max-jobs-per-acquisition=25");
            settings.add("--camunda.bpm.job-execution.wait-time-in-millis=1000");
            // the first node of a fresh database creates the schema and imports the seed plan alone
            try (NodeProcess nodeA = NodeProcess.of("node-a", workDir, settings).start().awaitUp();
                    NodeProcess nodeB = NodeProcess.of("node-b", workDir, settings).start().awaitUp()) {
                JdbcClient jdbc = database.jdbc();
                assertThat(count(jdbc, "select count(*) from pf_plan")).as("seed imported once by two nodes").isEqualTo(1);

                int opened = openFirstReportingPeriods(nodeB, jdbc);
                long timers = count(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS);
                assertThat(timers).as("reminder and overdue timers of %d periods", opened).isGreaterThan(2L * opened);

                jdbc.sql("update ACT_RU_JOB set DUEDATE_ = current_timestamp - interval '1 second' where " + TIMERS)
                        .update();
                awaitCount(jdbc, "select count(*) from pf_reminder", 1, Duration.ofMinutes(2));
                long lockedWhenKilled = count(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS
                        + " and LOCK_OWNER_ is not null and LOCK_EXP_TIME_ > current_timestamp");
                Instant killedAt = Instant.now();
                nodeA.kill();

                awaitCount(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS
                        + " and DUEDATE_ <= current_timestamp", 0, Duration.ofMinutes(3), true);
                Duration finishedAfterKill = Duration.between(killedAt, Instant.now());

                // the timers that fired started others (grace timers, the leads' report timers, …): make those due
                // too, round after round, until no timer is left; the grace timers start the escalations
                for (int round = 0; count(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS) > 0; round++) {
                    assertThat(round).as("rounds of timers that start further timers").isLessThan(10);
                    jdbc.sql("update ACT_RU_JOB set DUEDATE_ = current_timestamp - interval '1 second' where "
                            + TIMERS).update();
                    awaitCount(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS
                            + " and DUEDATE_ <= current_timestamp", 0, Duration.ofMinutes(3), true);
                }

                Map<String, Long> figures = assertEveryTimerFiredOnce(jdbc);
                System.out.printf("cluster: %d periods opened; timer jobs created %d, fired %d (node-a %d, node-b %d), "
                        + "fired twice %d, failed runs %d; %d locked at the kill, all done %d s after it "
                        + "(lock time %d s); reminders %d, escalations %d, incidents %d%n", opened,
                        figures.get("created"), figures.get("fired"), figures.get("node-a"), figures.get("node-b"),
                        figures.get("twice"), figures.get("failed"), lockedWhenKilled, finishedAfterKill.toSeconds(),
                        LOCK_MILLIS / 1000, figures.get("reminders"), figures.get("escalations"),
                        figures.get("incidents"));
            }
        }
    }

    /** Starts the first reporting period of every seed item with a lead, as if the lead and partners had signed. */
    private static int openFirstReportingPeriods(NodeProcess node, JdbcClient jdbc) {
        List<String> instances = jdbc.sql("""
                select p.PROC_INST_ID_ from ACT_RU_EXECUTION p join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = p.PROC_INST_ID_
                where p.PARENT_ID_ is null and v.NAME_ = 'leadDepartmentId' and v.TEXT_ is not null
                and p.PROC_DEF_ID_ like 'action-item:%'""").query(String.class).list();
        for (String instance : instances) {
            var answer = node.postJson(ADMIN, "/engine-rest/process-instance/" + instance + "/modification",
                    "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                            + "\"activityId\":\"ReportingCycles#multiInstanceBody\"}]}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        }
        return instances.size();
    }

    private static Map<String, Long> assertEveryTimerFiredOnce(JdbcClient jdbc) {
        String timerLog = "from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ like 'timer%'";
        long created = count(jdbc, "select count(distinct JOB_ID_) " + timerLog + " and JOB_STATE_ = 0");
        long fired = count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 2");
        long firedJobs = count(jdbc, "select count(distinct JOB_ID_) " + timerLog + " and JOB_STATE_ = 2");
        long reminders = count(jdbc, "select count(*) from pf_reminder");
        long escalations = count(jdbc, "select count(*) from pf_escalation");
        long incidents = count(jdbc, "select count(*) from ACT_RU_INCIDENT");

        assertThat(fired).as("timers fired").isEqualTo(created).isEqualTo(firedJobs);
        assertThat(count(jdbc, "select count(*) from ACT_RU_JOB where " + TIMERS)).as("timers left").isZero();
        assertThat(incidents).as("incidents").isZero();
        assertThat(count(jdbc, "select count(*) from (select 1 from pf_reminder group by item_id, period_id, "
                + "department_id, kind, due_at having count(*) > 1) twice")).as("reminders written twice").isZero();
        assertThat(count(jdbc, "select count(*) from (select 1 from pf_escalation group by item_id, period_id, "
                + "department_id having count(*) > 1) twice")).as("escalations started twice").isZero();
        // a timer of one body's task reminds that body; a timer of the whole 配合单位签收 stage reminds (and its grace
        // period escalates) each supporting body and implementer of the item, none of which acknowledged here
        String stageTimersTimesContributors = "select count(*) from ACT_HI_JOB_LOG j "
                + "join ACT_HI_PROCINST p on p.ID_ = j.PROCESS_INSTANCE_ID_ "
                + "join pf_item i on i.business_key = p.BUSINESS_KEY_ "
                + "join pf_item_body b on b.item_id = i.id and b.role in ('SUPPORTING', 'IMPLEMENTER') "
                + "where j.JOB_DEF_TYPE_ like 'timer%' and j.JOB_STATE_ = 2 and j.ACT_ID_ in ";
        assertThat(reminders).as("one reminder or 催办 per reminder and overdue timer of a body's task, one per open "
                        + "body for the 签收 stage's")
                .isEqualTo(count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 2 and ACT_ID_ in ("
                        + "'ContributionReminder', 'ContributionOverdue', 'ReportReminder', 'ReportOverdue', "
                        + "'LeadAckReminder', 'LeadAckOverdue', "
                        + "'ReviewReminder', 'ReviewOverdue', 'AssignLeadReminder', 'AssignLeadOverdue', "
                        + "'AssessmentReminder', 'AssessmentOverdue')")
                        + count(jdbc, stageTimersTimesContributors + "('PartAckReminder', 'PartAckOverdue')"));
        assertThat(escalations).as("one escalation per grace period that ran out (per open body for the 签收 stage)")
                .isEqualTo(count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 2 and ACT_ID_ in ("
                        + "'GraceExpired', 'ReportGraceExpired', 'LeadAckGraceExpired')")
                        + count(jdbc, stageTimersTimesContributors + "('PartAckGraceExpired')"))
                .isPositive();
        return Map.of("created", created, "fired", fired, "twice", fired - firedJobs,
                "failed", count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 1"),
                "node-a", count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 2 and HOSTNAME_ = 'node-a'"),
                "node-b", count(jdbc, "select count(*) " + timerLog + " and JOB_STATE_ = 2 and HOSTNAME_ = 'node-b'"),
                "reminders", reminders, "escalations", escalations, "incidents", incidents);
    }

    static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void awaitCount(JdbcClient jdbc, String sql, long expected, Duration timeout) {
        awaitCount(jdbc, sql, expected, timeout, false);
    }

    /** Waits until the count reaches {@code expected} (or, with {@code fallsTo}, drops to it). */
    private static void awaitCount(JdbcClient jdbc, String sql, long expected, Duration timeout, boolean fallsTo) {
        Instant deadline = Instant.now().plus(timeout);
        long seen = count(jdbc, sql);
        while (fallsTo ? seen > expected : seen < expected) {
            assertThat(Instant.now()).as("waiting for %s to reach %d, still %d", sql, expected, seen)
                    .isBefore(deadline);
            NodeProcess.pause(Duration.ofMillis(250));
            seen = count(jdbc, sql);
        }
    }
}
