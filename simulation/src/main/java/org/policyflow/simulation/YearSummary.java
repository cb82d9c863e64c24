package org.policyflow.simulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The year as the server records it, read back through the API at the end (so a run that was stopped and started
 * again reports the whole year, not its own part): the items' records from their pages (GET /api/items/{id}), tasks
 * completed by kind, escalations by the highest level they reached, instances still running, incidents and failed
 * jobs from Camunda's REST API, and the messages written (站内消息 by kind) and delivered (e-mail and webhook by
 * status) from the message centre's statistics.
 */
final class YearSummary {

    private static final List<String> PROCESSES = List.of("action-item", "reporting-period", "escalation",
            "extension-request");
    /** The processes that carry the plan's id. */
    private static final List<String> PLAN_PROCESSES = List.of("action-item", "reporting-period");
    private static final int PAGE = 1000;

    private YearSummary() {
    }

    /** Everything recorded for the items of these plans, by kind and outcome (deterministic for a seed). */
    static ObjectNode records(PolicyFlowClient client, List<Long> planIds) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        long items = 0;
        long scoreSum = 0;
        for (long planId : planIds) {
            for (JsonNode item : client.get(YearSimulation.OFFICE, "/api/plans/" + planId).path("items")) {
                items++;
                for (JsonNode event : client.get(YearSimulation.OFFICE, "/api/items/" + item.get("id").asLong())
                        .path("timeline")) {
                    String kind = event.path("kind").asText();
                    String outcome = event.path("outcome").asText("ALL");
                    counts.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
                    if ("ASSESSMENT".equals(kind)) {
                        scoreSum += Long.parseLong(event.path("detail").asText().split("\\|")[0]);
                    }
                }
            }
        }
        ObjectNode records = PolicyFlowClient.JSON.createObjectNode();
        records.put("items", items);
        counts.forEach((kind, byOutcome) -> {
            ObjectNode node = records.putObject(kind);
            byOutcome.forEach(node::put);
        });
        long assessed = counts.getOrDefault("ASSESSMENT", Map.of()).values().stream().mapToLong(Long::longValue).sum();
        records.put("averageScore", assessed == 0 ? 0 : Math.round(scoreSum * 10.0 / assessed) / 10.0);
        return records;
    }

    /**
     * The plans' records and the engine's side (tasks completed, escalations, incidents: the whole engine).
     *
     * @param everyPlan whether these are all the plans; if not, the instances still running are those of these
     *                  plans' items and periods (escalations and extension requests run inside a period)
     */
    static ObjectNode read(PolicyFlowClient client, List<Long> planIds, boolean everyPlan) {
        ObjectNode summary = PolicyFlowClient.JSON.createObjectNode();
        summary.put("plans", planIds.size());
        summary.set("records", records(client, planIds));
        summary.set("tasksCompleted", tasksCompleted(client));
        Map<String, Long> levels = new TreeMap<>();
        for (JsonNode variable : client.get(DueDates.ADMIN, "/engine-rest/history/variable-instance"
                + "?processDefinitionKey=escalation&variableName=escalationLevel&maxResults=100000")) {
            levels.merge(variable.path("value").asText(), 1L, Long::sum);
        }
        ObjectNode escalations = summary.putObject("escalationsByHighestLevel");
        levels.forEach(escalations::put);
        ObjectNode running = summary.putObject("instancesRunning");
        for (String process : everyPlan ? PROCESSES : PLAN_PROCESSES) {
            String path = "/engine-rest/process-instance/count?processDefinitionKey=" + process;
            running.put(process, everyPlan ? count(client, path) : planIds.stream()
                    .mapToLong(plan -> client.queryOfPlan(DueDates.ADMIN, "/engine-rest/process-instance/count",
                            Map.of("processDefinitionKey", process), plan).path("count").asLong()).sum());
        }
        // the server's whole message centre, like the engine's side: 站内消息 by kind, e-mail and webhooks by status
        summary.set("messages", client.get(YearSimulation.OFFICE, "/api/messages/statistics"));
        summary.put("incidents", count(client, "/engine-rest/incident/count"));
        summary.put("failedJobs", count(client, "/engine-rest/job/count?withException=true"));
        return summary;
    }

    static List<Long> planIds(PolicyFlowClient client) {
        return java.util.stream.StreamSupport.stream(client.get(YearSimulation.OFFICE, "/api/plans").spliterator(),
                false).map(plan -> plan.get("id").asLong()).toList();
    }

    /** Completed user tasks by task definition key (a task a timer interrupted is not completed). */
    private static ObjectNode tasksCompleted(PolicyFlowClient client) {
        Map<String, Long> byKey = new TreeMap<>();
        for (int first = 0; ; first += PAGE) {
            JsonNode page = client.get(DueDates.ADMIN, "/engine-rest/history/task?finished=true&sortBy=startTime"
                    + "&sortOrder=asc&firstResult=" + first + "&maxResults=" + PAGE);
            page.forEach(task -> {
                if ("completed".equals(task.path("deleteReason").asText())) {
                    byKey.merge(task.path("taskDefinitionKey").asText(), 1L, Long::sum);
                }
            });
            if (page.size() < PAGE) {
                break;
            }
        }
        ObjectNode node = PolicyFlowClient.JSON.createObjectNode();
        byKey.forEach(node::put);
        node.put("total", byKey.values().stream().mapToLong(Long::longValue).sum());
        return node;
    }

    private static long count(PolicyFlowClient client, String path) {
        return client.get(DueDates.ADMIN, path).path("count").asLong();
    }
}
