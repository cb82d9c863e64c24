package org.policyflow.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.policyflow.identity.HttpSession;

/**
 * Benchmark 2: 签收配合任务 completed through {@code POST /engine-rest/task/{id}/submit-form} by 1, 4 and 16 clients at
 * once, each logged in (session, as the workbench) as one of the 16 bodies that acknowledge every generated item.
 * Each level uses bodies the previous levels did not use up, and each client starts at a different place in the
 * (instance-ordered) task list, so that two clients rarely complete tasks of one instance at the same moment; a
 * 409 (the engine's optimistic lock) is counted, not retried.
 */
final class CompletionRun {

    static final String FORM = "{\"variables\":{\"partAcknowledged\":{\"value\":true},"
            + "\"acknowledgementComment\":{\"value\":\"基准测试签收\"}}}";

    /** Clients per level and completions per client: 300, 600 and 960 measured completions. */
    private static final int[][] LEVELS = {{1, 300}, {4, 150}, {16, 60}};
    /** Enough items for the bodies used twice: 300 (warm-up or level 1) + 60 (level 16) completions, plus room. */
    static final int ITEMS = 400;
    /**
     * Unmeasured completions per client, first by one client and then by four at once, so that the measured levels run
     * compiled code. With 300 by one client only, the JIT's compiler threads still took 0.6 to 0.75 of the two cores
     * during the 4- and 16-client levels (JFR; docs/BENCHMARKS.md), which a server that has run for a day does not pay.
     */
    private static final int WARM_UP = 300;

    private final String docNumber;
    private final Supplier<Duration> serverCpu;
    private final Map<String, HttpSession> sessions = new LinkedHashMap<>();

    /** @param serverCpu the server process's CPU time so far: each level reports its CPU per completion */
    CompletionRun(URI base, String docNumber, Supplier<Duration> serverCpu) {
        this.docNumber = docNumber;
        this.serverCpu = serverCpu;
        for (String body : GeneratedPlan.CONTRIBUTORS) {
            sessions.put(body, HttpSession.login(base, body, "demo"));
        }
    }

    void run(String database) throws Exception {
        List<String> bodies = GeneratedPlan.CONTRIBUTORS;
        complete(List.of(bodies.get(10)), WARM_UP, null);
        complete(bodies.subList(0, 4), WARM_UP, null);
        int used = bodies.size();
        for (int[] level : LEVELS) {
            int clients = level[0];
            // level 1 takes the last body, level 4 the four before it, level 16 all (only 60 each)
            List<String> chosen = clients == bodies.size() ? bodies : bodies.subList(used - clients, used);
            used -= clients == bodies.size() ? 0 : clients;
            Stats latency = new Stats();
            AtomicInteger conflicts = new AtomicInteger();
            Duration cpuBefore = serverCpu.get();
            long started = System.nanoTime();
            int done = complete(chosen, level[1], latency, conflicts);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMs = serverCpu.get().minus(cpuBefore).toNanos() / 1e6 / done;
            Results.figure(String.format(Locale.ROOT,
                    "%s, %2d clients: %d completions in %.1f s = **%.1f completions/s**; latency %s; 409 conflicts %d; "
                    + "server CPU %.1f ms per completion", database, clients, done, seconds, done / seconds,
                    latency.summary(), conflicts.get(), cpuMs));
        }
    }

    private int complete(List<String> bodies, int perClient, Stats latency) throws Exception {
        return complete(bodies, perClient, latency, new AtomicInteger());
    }

    /** Each body's client completes {@code perClient} of its tasks; returns the number completed (204). */
    private int complete(List<String> bodies, int perClient, Stats latency, AtomicInteger conflicts)
            throws Exception {
        List<List<String>> work = new ArrayList<>();
        for (int c = 0; c < bodies.size(); c++) {
            List<String> tasks = openTasks(bodies.get(c));
            int start = tasks.size() * c / bodies.size();
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < Math.min(perClient, tasks.size()); i++) {
                mine.add(tasks.get((start + i) % tasks.size()));
            }
            if (mine.size() < perClient) {
                throw new IllegalStateException(bodies.get(c) + " has only " + tasks.size() + " open tasks");
            }
            work.add(mine);
        }
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger completed = new AtomicInteger();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < bodies.size(); c++) {
                HttpSession session = sessions.get(bodies.get(c));
                List<String> tasks = work.get(c);
                clients.add(pool.submit(() -> {
                    go.await();
                    for (String task : tasks) {
                        long sent = System.nanoTime();
                        HttpSession.Response answer = session.send("POST",
                                "/engine-rest/task/" + task + "/submit-form", FORM);
                        long took = System.nanoTime() - sent;
                        if (answer.status() == 204) {
                            completed.incrementAndGet();
                            if (latency != null) {
                                latency.add(took);
                            }
                        } else if (answer.status() == 409) {
                            conflicts.incrementAndGet();
                        } else {
                            throw new IllegalStateException("completion of " + task + " answered " + answer.status()
                                    + ": " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return completed.get();
    }

    /** The body's open 签收配合任务 of the generated plan, ordered by process instance (= the same order for all). */
    private List<String> openTasks(String body) throws Exception {
        JsonNode tasks = PlanImports.read(sessions.get(body).get("/engine-rest/task?candidateGroup=" + body
                + "&taskDefinitionKey=AcknowledgePart&processInstanceBusinessKeyLike="
                + java.net.URLEncoder.encode(docNumber + "-%", java.nio.charset.StandardCharsets.UTF_8)
                + "&maxResults=2000"));
        List<JsonNode> list = new ArrayList<>();
        tasks.forEach(list::add);
        list.sort(Comparator.comparing(task -> task.get("processInstanceId").asText()));
        return list.stream().map(task -> task.get("id").asText()).toList();
    }
}
