package org.policyflow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plays the year in rounds. Each round reads every participant's open tasks from its inbox and acts on them, a few
 * clients at once; all state lives on the server, so a simulation stopped at any point (or whose server was killed)
 * continues where it stopped when started again. Tasks of one process instance are handled in turn by one client,
 * since the engine lets only one change of an instance win.
 */
final class YearSimulation {

    static final String OFFICE = "coordinator";
    static final String CITY_OFFICE = "city-government-office";
    /** A round that finds nothing to do waits this long for the server before looking again. */
    private static final Duration IDLE_PAUSE = Duration.ofMillis(200);

    private static final Logger log = Logger.getLogger(YearSimulation.class.getName());

    /** What a run did (not part of the year's summary: a restarted run counts only its own part). */
    record RunStats(long rounds, long tasksDone, long conflicts, long requests, Duration wallTime) {
    }

    private final PolicyFlowClient client;
    private final Decisions decisions;
    private final int clients;
    private final int untilQuarter;
    private final Long planId;
    private final Duration stallLimit;
    private final Progress progress;
    private final BiConsumer<OpenTask, Outcome> journal;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    /** @param journal told of every action on a task the server acknowledged */
    YearSimulation(PolicyFlowClient client, SimulateCommand.Options options, Progress progress,
                   BiConsumer<OpenTask, Outcome> journal) {
        this.client = client;
        this.decisions = new Decisions(options.seed());
        this.clients = options.clients();
        this.untilQuarter = options.untilQuarter();
        this.planId = options.planId();
        this.stallLimit = options.stallLimit();
        this.progress = progress;
        this.journal = journal;
    }

    RunStats run() throws InterruptedException {
        Instant started = Instant.now();
        PlanFacts facts = PlanFacts.read(client, OFFICE, planId == null ? YearSummary.planIds(client) : List.of(planId));
        TaskForms forms = new TaskForms(client);
        DueDates dueDates = new DueDates(client);
        Departments departments = new Departments(client, forms, dueDates, decisions, facts);
        Office office = new Office(forms, decisions);
        List<String> accounts = accounts(facts);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long round = 0;
        Instant lastWork = Instant.now();
        try {
            while (true) {
                round++;
                List<OpenTask> tasks = openTasks(pool, accounts).stream().filter(task -> actionable(task, facts))
                        .toList();
                long before = done.get();
                act(pool, tasks, departments, office);
                showProgress(facts, round);
                if (done.get() > before) {
                    lastWork = Instant.now();
                    continue;
                }
                // nobody has anything to do: the calendar moves on to the leads' reports
                if (tasks.isEmpty() && dueDates.openReports(planId) > 0) {
                    lastWork = Instant.now();
                    continue;
                }
                if (finished(tasks)) {
                    break;
                }
                if (Duration.between(lastWork, Instant.now()).compareTo(stallLimit) > 0) {
                    throw new IllegalStateException("nothing moved for " + stallLimit.toSeconds() + " s; open tasks: "
                            + tasks.stream().map(OpenTask::title).limit(10).toList());
                }
                Thread.sleep(IDLE_PAUSE.toMillis());
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return new RunStats(round, done.get(), conflicts.get(), client.requests(),
                Duration.between(started, Instant.now()));
    }

    /** The office, 市政府办公室 and every body taking part in the plans (its demo account has the body's id). */
    private List<String> accounts(PlanFacts facts) {
        List<String> accounts = new ArrayList<>(List.of(OFFICE, CITY_OFFICE));
        for (long plan : facts.planIds()) {
            for (JsonNode item : client.get(OFFICE, "/api/plans/" + plan).path("items")) {
                List<JsonNode> bodies = new ArrayList<>();
                bodies.add(item.path("lead"));
                item.path("supporting").forEach(bodies::add);
                item.path("implementers").forEach(bodies::add);
                for (JsonNode body : bodies) {
                    String id = body.path("id").asText(null);
                    if (id != null && !accounts.contains(id)) {
                        accounts.add(id);
                    }
                }
            }
        }
        return accounts;
    }

    private List<OpenTask> openTasks(ExecutorService pool, List<String> accounts) throws InterruptedException {
        List<Callable<List<OpenTask>>> reads = accounts.stream().<Callable<List<OpenTask>>>map(account -> () -> {
            List<OpenTask> tasks = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode inbox = client.get(account, "/api/inbox?size=100&page=" + page);
                inbox.path("rows").forEach(row -> tasks.add(OpenTask.of(account, row)));
                if ((page + 1) * 100L >= inbox.path("total").asLong()) {
                    return tasks;
                }
            }
        }).toList();
        Map<String, OpenTask> byId = new LinkedHashMap<>();
        for (Future<List<OpenTask>> read : pool.invokeAll(reads)) {
            for (OpenTask task : result(read)) {
                byId.putIfAbsent(task.id(), task);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** With --plan, only that plan's tasks; with --until, tasks of later periods and the final assessment stay open. */
    private boolean actionable(OpenTask task, PlanFacts facts) {
        if (planId != null && !facts.hasItem(task.itemId())) {
            return false;
        }
        return untilQuarter == 0
                || !"FinalAssessment".equals(task.key()) && facts.quarter(task.periodId()) <= untilQuarter;
    }

    private void act(ExecutorService pool, List<OpenTask> tasks, Departments departments, Office office)
            throws InterruptedException {
        Map<String, List<OpenTask>> byInstance = new LinkedHashMap<>();
        tasks.forEach(task -> byInstance.computeIfAbsent(task.processInstanceId(), id -> new ArrayList<>()).add(task));
        List<Callable<Void>> work = byInstance.values().stream().<Callable<Void>>map(group -> () -> {
            for (OpenTask task : group) {
                Outcome outcome = act(task, departments, office);
                if (outcome.acknowledged()) {
                    done.incrementAndGet();
                    journal.accept(task, outcome);
                } else if (outcome == Outcome.CONFLICT) {
                    conflicts.incrementAndGet();
                }
            }
            return null;
        }).toList();
        for (Future<Void> result : pool.invokeAll(work)) {
            result(result);
        }
    }

    private Outcome act(OpenTask task, Departments departments, Office office) {
        return switch (task.key()) {
            case "AcknowledgeLead" -> departments.acknowledgeLead(task);
            case "AcknowledgePart" -> departments.acknowledgePart(task);
            case "SubmitContribution" -> departments.submitContribution(task);
            case "CompileReport" -> departments.compileReport(task);
            case "SubmitRectification" -> departments.submitRectification(task);
            case "AssignLead" -> office.assignLead(task);
            case "ReviewReport" -> office.reviewReport(task);
            case "ReviewExtension" -> office.reviewExtension(task);
            case "IssueNotice" -> office.issueNotice(task);
            case "CheckRectification" -> office.checkRectification(task);
            case "FinalAssessment" -> office.assessItem(task);
            default -> {
                log.warning("No simulated action for task " + task.key() + " (" + task.title() + "); left open");
                yield Outcome.WAITING;
            }
        };
    }

    /**
     * The year is over when no instance runs any more (with --plan: no item of the plan; with --until: when nothing
     * up to that quarter is open).
     */
    private boolean finished(Collection<OpenTask> actionable) {
        if (untilQuarter > 0 || !actionable.isEmpty()) {
            return actionable.isEmpty();
        }
        JsonNode running = planId == null ? client.get(DueDates.ADMIN, "/engine-rest/process-instance/count")
                : client.queryOfPlan(DueDates.ADMIN, "/engine-rest/process-instance/count",
                        Map.of("processDefinitionKey", "action-item"), planId);
        return running.path("count").asLong() == 0;
    }

    /** Progress from two counts of finished instances (cheap enough for every round). */
    private void showProgress(PlanFacts facts, long round) {
        progress.show(finished("reporting-period"), facts.itemPeriods(), finished("action-item"), facts.items(),
                done.get(), round);
    }

    private long finished(String process) {
        Map<String, Object> criteria = Map.of("finished", true, "processDefinitionKey", process);
        return (planId == null ? client.post(DueDates.ADMIN, "/engine-rest/history/process-instance/count", criteria)
                .body() : client.queryOfPlan(DueDates.ADMIN, "/engine-rest/history/process-instance/count", criteria,
                planId)).path("count").asLong();
    }

    private static <T> T result(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
