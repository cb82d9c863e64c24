package org.policyflow.simulation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Moving due dates: when the simulation decides a body is late, the due timers it would have met fire now, through
 * Camunda's REST API as the administrator ({@code POST /engine-rest/job/{id}/execute}), so reminders, 催办, overdue
 * escalations and missed rectification deadlines happen as the models say, without waiting for months.
 */
final class DueDates {

    static final String ADMIN = "admin";

    private final PolicyFlowClient client;

    DueDates(PolicyFlowClient client) {
        this.client = client;
    }

    /** Where a task waits: its own execution and those of the activities beside it in the same (sub)process scope. */
    record Scope(String processInstanceId, Set<String> executionIds) {
    }

    Scope scopeOf(OpenTask task) {
        String execution = client.get(task.account(), "/engine-rest/task/" + task.id()).path("executionId").asText();
        Set<String> executions = new HashSet<>(Set.of(execution));
        JsonNode parent = parentOf(client.get(ADMIN, "/engine-rest/process-instance/" + task.processInstanceId()
                + "/activity-instances"), execution);
        if (parent != null) {
            parent.path("childActivityInstances").forEach(sibling ->
                    sibling.path("executionIds").forEach(id -> executions.add(id.asText())));
        }
        return new Scope(task.processInstanceId(), executions);
    }

    /**
     * Fires the timer of {@code activityId} waiting in the scope, if there is one (a boundary timer of the task, or a
     * timer event after it).
     *
     * @return whether a timer fired
     */
    boolean fire(Scope scope, String activityId) {
        for (JsonNode job : client.get(ADMIN, "/engine-rest/job?timers=true&processInstanceId="
                + scope.processInstanceId() + "&activityId=" + activityId)) {
            if (scope.executionIds().contains(job.path("executionId").asText())) {
                return !client.post(ADMIN, "/engine-rest/job/" + job.get("id").asText() + "/execute", "{}")
                        .conflict();
            }
        }
        return false;
    }

    /**
     * Time passes to the lead's report: fires the timers (ReportOpens) on which reporting periods wait to open the
     * lead's 编制进展报告, which opens on the calendar rather than when the contributions are in. Called when nobody
     * has anything left to do, as the days before the report's opening would pass.
     *
     * @param planId only this plan's periods; null for all
     * @return how many reports opened
     */
    int openReports(Long planId) {
        Set<String> instances = new HashSet<>();
        if (planId != null) {
            client.queryOfPlan(ADMIN, "/engine-rest/process-instance",
                    Map.of("processDefinitionKey", "reporting-period"), planId)
                    .forEach(instance -> instances.add(instance.path("id").asText()));
        }
        int opened = 0;
        for (JsonNode job : client.get(ADMIN, "/engine-rest/job?timers=true&activityId=ReportOpens")) {
            if ((planId == null || instances.contains(job.path("processInstanceId").asText()))
                    && !client.post(ADMIN, "/engine-rest/job/" + job.get("id").asText() + "/execute", "{}")
                    .conflict()) {
                opened++;
            }
        }
        return opened;
    }

    /** Whether an escalation about the body is running under the instance (the body waits for it to end). */
    boolean escalationRunning(String processInstanceId, String body) {
        return client.get(ADMIN, "/engine-rest/process-instance/count?processDefinitionKey=escalation"
                + "&superProcessInstance=" + processInstanceId + "&variables=departmentId_eq_" + body)
                .path("count").asLong() > 0;
    }

    /** The activity instance whose children include the one executed by {@code executionId}. */
    private static JsonNode parentOf(JsonNode instance, String executionId) {
        for (JsonNode child : instance.path("childActivityInstances")) {
            for (JsonNode id : child.path("executionIds")) {
                if (id.asText().equals(executionId)) {
                    return instance;
                }
            }
            JsonNode found = parentOf(child, executionId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
