package org.policyflow.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyflow.identity.HttpSession;

/**
 * Benchmarks 3 and 4 on H2 with 1,000, 10,000 and 100,000 open tasks in the database: kunshan's 我的待办
 * ({@code GET /api/inbox}) against the equivalent Camunda REST query as the same user (candidate group, by due date,
 * first page of 20, authorization on), the coordinator's 总览 ({@code GET /api/dashboard}) and the header's search
 * ({@code GET /api/search}) as the body and as the coordinator.
 *
 * <p>The data is built only through the import API and the engine (generated plans of up to 100 items, 17 open tasks
 * each) and kept: {@code benchmark.data}/h2-{size} is reused when it exists, and a larger size starts from a copy of
 * the next smaller one. Delete the folder to rebuild.
 */
class InboxAndDashboardBenchmark {

    private static final Path DATA = Path.of(System.getProperty("benchmark.data", "../bench-data"));
    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.sizes",
            "1000,10000,100000").split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int ITEMS_PER_IMPORT = 100;
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);
    private static final int WARM_UP = 30;
    /**
     * A series that has taken this long (Camunda's queries at 100,000 tasks take seconds each) ends its warm-up and
     * stops after 10 samples, so that a run stays within minutes.
     */
    private static final long SERIES_BUDGET_NANOS = Long.getLong("benchmark.seriesBudgetSeconds", 60) * 1_000_000_000L;
    private static final String BODY = "kunshan";
    /** Writes between the rounds, on a task of its own. */
    private static final String OTHER_BODY = "taicang";
    private static final String SEED = "苏府办〔2025〕77号";

    @Test
    void inboxAndDashboard() throws Exception {
        Results.heading("Inbox and dashboard on H2");
        Path previous = null;
        for (int size : SIZES) {
            Path data = DATA.resolve("h2-" + size).toAbsolutePath();
            if (!Files.exists(data) && previous != null) {
                copy(previous, data);
            }
            try (LaunchedJar jar = LaunchedJar.start(DATA.resolve("h2-" + size + ".log"),
                    List.of("--policyflow.data-dir=" + data))) {
                jar.awaitReady();
                build(new PlanImports(jar.base), size);
                measure(jar, size);
            }
            previous = data;
        }
    }

    /** Imports generated plans until the database holds at least {@code size} open tasks. */
    private static void build(PlanImports imports, int size) throws Exception {
        long open = imports.openTasks();
        if (open >= size) {
            Results.progress("h2-" + size + ": " + open + " open tasks already there, reused");
            return;
        }
        long started = System.nanoTime();
        long before = open;
        while (open < size) {
            int items = (int) Math.min(ITEMS_PER_IMPORT,
                    Math.max(1, (size - open + GeneratedPlan.TASKS_PER_ITEM - 1) / GeneratedPlan.TASKS_PER_ITEM));
            imports.importPlan(items);
            open = imports.openTasks();
            Results.progress(String.format(Locale.ROOT, "h2-%d: %d of %d open tasks (%.0f s)", size, open, size,
                    (System.nanoTime() - started) / 1e9));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Results.figure(String.format(Locale.ROOT, "data build h2-%d: %d → %d open tasks through POST /api/plans in "
                + "%.0f s (%.0f tasks/s)", size, before, open, seconds, (open - before) / seconds));
    }

    private static void measure(LaunchedJar jar, int size) throws Exception {
        PlanImports imports = new PlanImports(jar.base);
        HttpSession body = HttpSession.login(jar.base, BODY, "demo");
        HttpSession coordinator = HttpSession.login(jar.base, "coordinator", "demo");
        long total = imports.openTasks();
        long mine = PlanImports.read(body.get("/api/inbox?size=1")).get("total").asLong();
        long camundaCount = PlanImports.read(body.get("/engine-rest/task/count?candidateGroup=" + BODY)).get("count")
                .asLong();
        if (mine != camundaCount) {
            throw new IllegalStateException("inbox total " + mine + " differs from Camunda's count " + camundaCount);
        }
        String seedDashboard = "/api/dashboard?planId=" + imports.planId(SEED);
        String[][] requests = {
                {"PolicyFlow GET /api/inbox (page 1 of 20, with total)", "body", "/api/inbox?page=0&size=20"},
                {"Camunda GET /engine-rest/task (candidateGroup, sortBy dueDate, first 20)", "body",
                        "/engine-rest/task?candidateGroup=" + BODY + "&sortBy=dueDate&sortOrder=asc&firstResult=0"
                                + "&maxResults=20"},
                {"Camunda GET /engine-rest/task/count (candidateGroup)", "body",
                        "/engine-rest/task/count?candidateGroup=" + BODY},
                {"PolicyFlow GET /api/dashboard (coordinator, latest plan)", "coordinator", "/api/dashboard"},
                {"PolicyFlow GET /api/dashboard?planId= (coordinator, seed plan)", "coordinator", seedDashboard},
                // search: words of every generated item's title, a body's name, a task name, and nothing at all
                {"PolicyFlow GET /api/search?q=质量提升 (body: items and its tasks)", "body", search("质量提升")},
                {"PolicyFlow GET /api/search?q=无此事项 (body: nothing found)", "body", search("无此事项")},
                {"PolicyFlow GET /api/search?q=签收 (body: its tasks by name)", "body", search("签收")},
                {"PolicyFlow GET /api/search?q=审核 (body: a task name none of its tasks has)", "body", search("审核")},
                {"PolicyFlow GET /api/search?q=质量提升 (coordinator: items and their tasks)", "coordinator",
                        search("质量提升")},
                {"PolicyFlow GET /api/search?q=昆山 (coordinator: a body's tasks)", "coordinator", search("昆山")},
                {"PolicyFlow GET /api/search?q=签收 (coordinator: tasks by name)", "coordinator", search("签收")},
                {"PolicyFlow GET /api/search?q=无此事项 (coordinator: nothing found)", "coordinator", search("无此事项")}};
        // A live database: before each round another body claims one of its tasks or hands it back, writing
        // pf_task and ACT_RU_TASK as any user's work does. Without a write in between, H2 answers a repeated query
        // from the result it kept (OPTIMIZE_REUSE_RESULTS) until a table it read changes, and the series would time
        // that cache instead of the query.
        HttpSession colleague = HttpSession.login(jar.base, OTHER_BODY, "demo");
        String colleaguesTask = PlanImports.read(colleague.get("/api/inbox?size=1")).get("rows").get(0).get("taskId")
                .asText();
        requests = servedByThisJar(requests, body, coordinator);
        Stats[] stats = new Stats[requests.length];
        long[] spent = new long[requests.length];
        for (int i = 0; i < requests.length; i++) {
            stats[i] = new Stats();
        }
        for (int round = -WARM_UP; round < SAMPLES; round++) {
            String action = Math.floorMod(round, 2) == 0 ? "/claim" : "/unclaim";
            HttpSession.Response written = colleague.send("POST", "/api/tasks/" + colleaguesTask + action, null);
            if (written.status() != 204) {
                throw new IllegalStateException(action + " by " + OTHER_BODY + " answered " + written.status());
            }
            // interleaved, so that a burst of load from elsewhere on the machine hits every series alike
            for (int i = 0; i < requests.length; i++) {
                if (spent[i] > SERIES_BUDGET_NANOS && (round < 0 || stats[i].count() >= 10)) {
                    continue;
                }
                HttpSession session = requests[i][1].equals("body") ? body : coordinator;
                long sent = System.nanoTime();
                HttpSession.Response answer = session.get(requests[i][2]);
                long took = System.nanoTime() - sent;
                if (answer.status() != 200) {
                    throw new IllegalStateException(requests[i][2] + " answered " + answer.status() + ": "
                            + answer.body());
                }
                spent[i] += took;
                if (round >= 0) {
                    stats[i].add(took);
                }
            }
        }
        Results.figure(String.format(Locale.ROOT, "h2-%d: %d open tasks in the database, %d of them %s's", size,
                total, mine, BODY));
        for (int i = 0; i < requests.length; i++) {
            Results.figure(String.format(Locale.ROOT, "h2-%d, %s: %s", size, requests[i][0], stats[i].summary()));
        }
        Results.figure(String.format(Locale.ROOT, "h2-%d: Camunda task query p95 ÷ inbox p95 = **%.1f×**, p50 ÷ p50 "
                + "= %.1f×", size, stats[1].percentile(95) / stats[0].percentile(95),
                stats[1].percentile(50) / stats[0].percentile(50)));
    }

    /** The requests the jar under test answers: an earlier jar, measured beside a later one, lacks newer endpoints. */
    private static String[][] servedByThisJar(String[][] requests, HttpSession body, HttpSession coordinator)
            throws Exception {
        List<String[]> served = new ArrayList<>();
        for (String[] request : requests) {
            HttpSession session = request[1].equals("body") ? body : coordinator;
            if (session.get(request[2]).status() == 404) {
                Results.progress("not in this jar, not measured: " + request[0]);
            } else {
                served.add(request);
            }
        }
        return served.toArray(String[][]::new);
    }

    private static String search(String query) {
        return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
