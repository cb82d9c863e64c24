package org.policyflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyflow.operations.ScratchPostgres;

/**
 * Benchmarks 5 and 2 on a fresh database each: start-up time (launch until ready, the seed plan imported) and resident
 * memory of {@code java -jar policyflow.jar}, task completions per second at 1, 4 and 16 clients, the memory after
 * that load, and the start-up of a restart on the now filled database. Once on H2 (file database), once on a scratch
 * PostgreSQL database that is dropped afterwards.
 */
class StartupAndCompletionBenchmark {

    private static final Path WORK = Path.of("target/benchmarks");

    @Test
    void h2() throws Exception {
        Path data = WORK.resolve("h2-completion");
        delete(data);
        run("H2", List.of("--policyflow.data-dir=" + data.toAbsolutePath()));
    }

    @Test
    void postgres() throws Exception {
        try (ScratchPostgres database = ScratchPostgres.create("benchmark")) {
            Path data = WORK.resolve("pg-completion");
            delete(data);
            run("PostgreSQL", List.of("--policyflow.data-dir=" + data.toAbsolutePath(),
                    "--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + database.url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
        }
    }

    private void run(String database, List<String> arguments) throws Exception {
        Results.heading("Start-up, memory and completions on " + database);
        Path log = WORK.resolve(database.toLowerCase(Locale.ROOT) + "-completion.log");
        try (LaunchedJar jar = LaunchedJar.start(log, arguments)) {
            double startup = jar.awaitReady();
            Results.figure(String.format(Locale.ROOT, "%s, first start on an empty database (schema, models, seed "
                    + "import): **%.1f s**; RSS when ready **%d MB**", database, startup, jar.rssMb()));
            PlanImports imports = new PlanImports(jar.base);
            long started = System.nanoTime();
            String docNumber = imports.importPlan(CompletionRun.ITEMS);
            Results.figure(String.format(Locale.ROOT, "%s, import of a generated plan with %d items (%d open tasks) "
                    + "through POST /api/plans: %.1f s", database, CompletionRun.ITEMS,
                    CompletionRun.ITEMS * GeneratedPlan.TASKS_PER_ITEM, (System.nanoTime() - started) / 1e9));
            new CompletionRun(jar.base, docNumber, jar::cpuTime).run(database);
            Results.figure(String.format(Locale.ROOT, "%s, RSS after the completions: **%d MB**", database,
                    jar.rssMb()));
        }
        for (int restart = 1; restart <= 2; restart++) {
            try (LaunchedJar jar = LaunchedJar.start(log, arguments)) {
                double startup = jar.awaitReady();
                Results.figure(String.format(Locale.ROOT, "%s, restart %d on the filled database: %.1f s; RSS when "
                        + "ready %d MB", database, restart, startup, jar.rssMb()));
            }
        }
    }

    static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
