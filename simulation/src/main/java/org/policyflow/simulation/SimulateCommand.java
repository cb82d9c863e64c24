package org.policyflow.simulation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar policyflow-simulation.jar --url http://localhost:8080 --seed 42 [--password demo] [--clients 4]
 * [--until Q3] [--plan ID] [--json FILE] [--journal FILE]}: plays the plans' year against a running PolicyFlow through its public HTTP API, as
 * the departments and the coordinating office would, then prints what the year recorded. Needs the demo accounts
 * (user id = body id, coordinator, admin). Exit code 0 when the year ended with no incident and no failed job, 1
 * when it did not, 2 for wrong usage.
 */
public final class SimulateCommand {

    /** The server's time zone (Suzhou's): the plan's due dates and the engine's dates are read in it. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String USAGE = "用法: java -jar policyflow-simulation.jar --url http://localhost:8080 --seed 42 "
            + "[--password demo] [--clients 4] [--until Q3] [--plan ID] [--json summary.json] [--journal done.log]";
    private static final Set<String> OPTIONS = Set.of("--url", "--seed", "--password", "--clients", "--until", "--plan",
            "--json", "--journal", "--stall-seconds");
    private static final Duration SERVER_WAIT = Duration.ofMinutes(3);

    /**
     * The options of one run.
     *
     * @param planId  only this plan's tasks; null: every plan
     * @param journal a file to append each acknowledged completion to; null: none
     */
    record Options(String url, long seed, String password, int clients, int untilQuarter, Long planId, Path json,
                   Path journal, Duration stallLimit) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("未知或缺少值的参数: " + args[i]);
                }
                values.put(args[i], args[i + 1]);
            }
            if (!values.containsKey("--url") || !values.containsKey("--seed")) {
                throw new IllegalArgumentException("需要 --url 和 --seed");
            }
            int clients = Integer.parseInt(values.getOrDefault("--clients", "4"));
            if (clients < 1 || clients > 64) {
                throw new IllegalArgumentException("--clients 须在 1 到 64 之间");
            }
            return new Options(values.get("--url"), Long.parseLong(values.get("--seed")),
                    values.getOrDefault("--password", "demo"), clients, until(values.get("--until")),
                    values.containsKey("--plan") ? Long.valueOf(values.get("--plan")) : null,
                    values.containsKey("--json") ? Path.of(values.get("--json")) : null,
                    values.containsKey("--journal") ? Path.of(values.get("--journal")) : null,
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("--stall-seconds", "60"))));
        }

        private static int until(String value) {
            if (value == null) {
                return 0;
            }
            if (!value.matches("[Qq][1-4]")) {
                throw new IllegalArgumentException("--until 须为 Q1、Q2、Q3 或 Q4");
            }
            return value.charAt(1) - '0';
        }
    }

    private SimulateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        PolicyFlowClient client = new PolicyFlowClient(options.url(), options.password());
        try {
            awaitServer(client);
            ObjectNode result;
            try (Journal journal = Journal.open(options.journal())) {
                result = simulate(client, options, new Progress(err), journal::write);
            }
            print(result, out);
            if (options.json() != null) {
                Files.writeString(options.json(), PolicyFlowClient.JSON.copy()
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            }
            return healthy(result.get("summary"), options.untilQuarter() > 0) ? 0 : 1;
        } catch (PolicyFlowClient.ServerUnreachable | PolicyFlowClient.RefusedRequest | IllegalStateException e) {
            err.println();
            err.println("模拟中止: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("无法写入 " + options.json() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Runs the year and reads its summary: {"seed", "summary" (the year), "run" (this run's figures)}. */
    static ObjectNode simulate(PolicyFlowClient client, Options options, Progress progress,
                               BiConsumer<OpenTask, Outcome> journal) throws InterruptedException {
        YearSimulation.RunStats stats = new YearSimulation(client, options, progress, journal).run();
        ObjectNode result = PolicyFlowClient.JSON.createObjectNode();
        result.put("seed", options.seed());
        result.set("summary", options.planId() == null ? YearSummary.read(client, YearSummary.planIds(client), true)
                : YearSummary.read(client, List.of(options.planId()), false));
        ObjectNode run = result.putObject("run");
        run.put("clients", options.clients());
        run.put("rounds", stats.rounds());
        run.put("tasksDone", stats.tasksDone());
        run.put("conflictsRetried", stats.conflicts());
        run.put("requests", stats.requests());
        run.put("wallSeconds", stats.wallTime().toMillis() / 1000.0);
        return result;
    }

    static boolean healthy(JsonNode summary, boolean partOfYear) {
        boolean ended = true;
        for (Iterator<JsonNode> running = summary.path("instancesRunning").elements(); running.hasNext(); ) {
            ended &= running.next().asLong() == 0;
        }
        return (ended || partOfYear) && summary.path("incidents").asLong() == 0
                && summary.path("failedJobs").asLong() == 0;
    }

    /** Waits until the server answers and its demo accounts exist (they are created just after start-up). */
    private static void awaitServer(PolicyFlowClient client) throws InterruptedException {
        Instant deadline = Instant.now().plus(SERVER_WAIT);
        while (true) {
            try {
                client.get(YearSimulation.OFFICE, "/api/inbox/count");
                client.get(DueDates.ADMIN, "/engine-rest/process-instance/count");
                return;
            } catch (PolicyFlowClient.ServerUnreachable | PolicyFlowClient.RefusedRequest e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void print(ObjectNode result, PrintStream out) throws JsonProcessingException {
        JsonNode summary = result.get("summary");
        JsonNode records = summary.get("records");
        JsonNode run = result.get("run");
        out.printf("模拟完成 (seed %d): %d 个方案, %d 个事项, 用时 %.1f s, %d 轮, %d 个请求%n", result.get("seed").asLong(),
                summary.get("plans").asLong(), records.path("items").asLong(), run.get("wallSeconds").asDouble(),
                run.get("rounds").asLong(), run.get("requests").asLong());
        out.println("完成任务(按类型):    " + summary.get("tasksCompleted"));
        out.println("提醒/催办:            " + records.path("REMINDER"));
        out.println("报告(按评定):        " + records.path("REPORT"));
        out.println("审核(通过/退回):     " + records.path("REVIEW"));
        out.println("延期申请/决定:       " + records.path("EXTENSION_REQUESTED") + " " + records.path("EXTENSION_DECIDED"));
        out.println("督办(按触发原因):    " + records.path("ESCALATION"));
        out.println("督办单(按等级):      " + records.path("NOTICE"));
        out.println("督办最高等级:        " + summary.get("escalationsByHighestLevel"));
        out.println("年度考核(按结论):    " + records.path("ASSESSMENT") + " 平均分 " + records.path("averageScore"));
        out.println("站内消息(按类型):    " + summary.path("messages").path("messagesByKind"));
        out.println("邮件/Webhook(按状态): " + summary.path("messages").path("deliveriesByChannel"));
        out.println("未结束的流程实例:    " + summary.get("instancesRunning"));
        out.printf("事件(incidents): %d, 失败作业: %d, 重试的冲突: %d%n", summary.get("incidents").asLong(),
                summary.get("failedJobs").asLong(), run.get("conflictsRetried").asLong());
        out.flush();
    }
}
