package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * kill -9 in the middle of a stream of task completions, on H2 (file database) and on PostgreSQL, then a restart on
 * the same data: every completion that was acknowledged (HTTP 2xx) is there with its record, no completion is
 * half-written (a record without its task ended, or the reverse), no plan or instance is duplicated by the
 * restart's seed import, and work goes on.
 */
class CrashIT {

    /** Completions acknowledged before the kill; the clients keep sending until it. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 15;
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private void crashAndRestart(String label, List<String> settings, DatabaseAccess database) throws Exception {
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String[]> parts;
        try (NodeProcess node = NodeProcess.of(label, workDir, settings).start().awaitUp()) {
            parts = openParts(node);
            assertThat(parts.size()).isGreaterThan(ACKNOWLEDGED_BEFORE_KILL + CLIENTS);
            completeUntilKilled(node, parts, attempted, acknowledged);
        }
        try (NodeProcess restarted = NodeProcess.of(label + "-restarted", workDir, settings).start().awaitUp()) {
            String[] next = parts.stream().filter(part -> !attempted.contains(part[0])).findFirst().orElseThrow();
            assertThat(complete(restarted, next).statusCode()).as("the work goes on after the restart").isEqualTo(204);
            acknowledged.add(next[0]);
            attempted.add(next[0]);
            restarted.stop();
        }
        Database data = database.open();
        try {
            assertSurvived(label, data.jdbc(), attempted, acknowledged);
        } finally {
            data.close().run();
        }
    }

    /** The partner acknowledgements (签收配合任务) of the seed plan: task id and the body that owns it. */
    private static List<String[]> openParts(NodeProcess node) throws Exception {
        var answer = node.get("admin", "/engine-rest/task?taskDefinitionKey=AcknowledgePart&maxResults=500");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String[]> parts = new ArrayList<>();
        for (JsonNode task : JSON.readTree(answer.body())) {
            String id = task.get("id").asText();
            var links = JSON.readTree(node.get("admin", "/engine-rest/task/" + id + "/identity-links").body());
            for (JsonNode link : links) {
                if ("candidate".equals(link.path("type").asText()) && link.hasNonNull("groupId")) {
                    parts.add(new String[] {id, link.get("groupId").asText()});
                }
            }
        }
        Collections.shuffle(parts, new java.util.Random(7));
        return parts;
    }

    private static void completeUntilKilled(NodeProcess node, List<String[]> parts, Set<String> attempted,
            Set<String> acknowledged) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            clients.submit(() -> {
                for (int i = first; i < parts.size() && !killed.get(); i += CLIENTS) {
                    attempted.add(parts.get(i)[0]);
                    try {
                        if (complete(node, parts.get(i)).statusCode() == 204) {
                            acknowledged.add(parts.get(i)[0]);
                        }
                    } catch (IllegalStateException connectionLost) {
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            NodeProcess.pause(Duration.ofMillis(20));
        }
        node.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private static java.net.http.HttpResponse<String> complete(NodeProcess node, String[] part) {
        return node.postJson(part[1], "/engine-rest/task/" + part[0] + "/submit-form",
                "{\"variables\":{\"partAcknowledged\":{\"value\":true},"
                        + "\"acknowledgementComment\":{\"value\":\"已签收\"}}}");
    }

    private static void assertSurvived(String label, JdbcClient jdbc, Set<String> attempted, Set<String> acknowledged) {
        long surviving = 0;
        long committedUnacknowledged = 0;
        for (String task : attempted) {
            long records = jdbc.sql("select count(*) from pf_acknowledgement where task_id = ?").param(task)
                    .query(Long.class).single();
            long open = jdbc.sql("select count(*) from ACT_RU_TASK where ID_ = ?").param(task).query(Long.class).single();
            long ended = jdbc.sql("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null")
                    .param(task).query(Long.class).single();
            assertThat(records).as("records of task %s", task).isLessThanOrEqualTo(1);
            assertThat(records == 1).as("task %s: record and completion go together", task)
                    .isEqualTo(open == 0).isEqualTo(ended == 1);
            if (acknowledged.contains(task)) {
                assertThat(records).as("acknowledged completion of task %s survived", task).isEqualTo(1);
                surviving++;
            } else if (records == 1) {
                committedUnacknowledged++;
            }
        }
        assertThat(jdbc.sql("select count(*) from (select doc_number from pf_plan group by doc_number "
                + "having count(*) > 1) twice").query(Long.class).single()).as("plans imported twice").isZero();
        assertThat(jdbc.sql("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'action-item'")
                .query(Long.class).single()).as("one action-item instance per item")
                .isEqualTo(jdbc.sql("select count(*) from pf_item").query(Long.class).single());
        System.out.printf("crash (%s): %d completions sent, %d acknowledged, %d of them survived kill -9; "
                + "%d committed without an answer reaching the client%n", label, attempted.size(),
                acknowledged.size(), surviving, committedUnacknowledged);
    }
}
