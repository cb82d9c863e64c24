package org.policyflow.simulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Reads a task's form the way the workbench does ({@code GET /engine-rest/task/{id}/form-variables}) and submits it
 * ({@code POST …/submit-form}) with typed values, as the body that owns the task.
 */
final class TaskForms {

    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final PolicyFlowClient client;

    TaskForms(PolicyFlowClient client) {
        this.client = client;
    }

    /** The task's variables, as its form sees them. */
    record Form(JsonNode variables) {

        boolean has(String name) {
            return variables.hasNonNull(name) && !variables.get(name).path("value").isNull();
        }

        String text(String name) {
            return has(name) ? variables.get(name).get("value").asText() : null;
        }

        int integer(String name, int otherwise) {
            return has(name) ? variables.get(name).get("value").asInt(otherwise) : otherwise;
        }

        LocalDate date(String name) {
            return OffsetDateTime.parse(text(name), CAMUNDA_DATE).atZoneSameInstant(SimulateCommand.ZONE)
                    .toLocalDate();
        }

        /** A JSON list of the form (a dynamic list's rows). */
        ArrayNode rows(String name) {
            try {
                return has(name) ? (ArrayNode) PolicyFlowClient.JSON.readTree(text(name))
                        : PolicyFlowClient.JSON.createArrayNode();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(name + " is not a JSON list", e);
            }
        }
    }

    Form read(OpenTask task) {
        return new Form(client.get(task.account(), "/engine-rest/task/" + task.id() + "/form-variables?deserializeValues=false"));
    }

    /** Submits the values; {@link Outcome#CONFLICT} if another action in the instance came first. */
    Outcome submit(OpenTask task, Values values) {
        return client.post(task.account(), "/engine-rest/task/" + task.id() + "/submit-form",
                Map.of("variables", values.typed)).conflict() ? Outcome.CONFLICT : Outcome.COMPLETED;
    }

    /** Form values with the types Camunda's REST API expects (as the workbench's formVariables.ts sends them). */
    static final class Values {

        private final Map<String, Map<String, Object>> typed = new LinkedHashMap<>();

        Values text(String name, String value) {
            return put(name, value, "String");
        }

        Values bool(String name, boolean value) {
            return put(name, value, "Boolean");
        }

        Values number(String name, long value) {
            return put(name, value, "Long");
        }

        Values json(String name, JsonNode value) {
            return put(name, value.toString(), "Json");
        }

        private Values put(String name, Object value, String type) {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("value", value);
            variable.put("type", type);
            typed.put(name, variable);
            return this;
        }
    }
}
