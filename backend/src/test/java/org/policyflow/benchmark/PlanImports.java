package org.policyflow.benchmark;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policyflow.identity.HttpSession;

/** Imports generated plans through PolicyFlow's import API, as the coordinating office does, and counts open tasks. */
final class PlanImports {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Generated plans are numbered from here up (苏府办〔2025〕1000号 …), far from the seed's 77号. */
    private static final int FIRST_NUMBER = 1000;

    private final HttpSession coordinator;
    private final HttpSession admin;

    PlanImports(URI base) {
        this.coordinator = HttpSession.basic(base, "coordinator", "demo");
        this.admin = HttpSession.basic(base, "admin", "demo");
    }

    /** Imports the next generated plan with this many items; returns its document number. */
    String importPlan(int items) throws Exception {
        int number = FIRST_NUMBER + read(coordinator.get("/api/plans")).size();
        String docNumber = GeneratedPlan.docNumber(number);
        HttpSession.Response created = coordinator.send("POST", "/api/plans",
                JSON.writeValueAsString(Map.of("text", GeneratedPlan.text(number, items))));
        if (created.status() != 201) {
            throw new IllegalStateException("import of " + docNumber + " answered " + created.status() + ": "
                    + created.body());
        }
        return docNumber;
    }

    /** Id of the plan with this document number. */
    long planId(String docNumber) throws Exception {
        for (JsonNode plan : read(coordinator.get("/api/plans"))) {
            if (plan.get("docNumber").asText().equals(docNumber)) {
                return plan.get("id").asLong();
            }
        }
        throw new IllegalStateException("no plan " + docNumber);
    }

    /** Open user tasks in the whole engine (the administrator sees all). */
    long openTasks() throws Exception {
        return read(admin.get("/engine-rest/task/count")).get("count").asLong();
    }

    static JsonNode read(HttpSession.Response response) throws Exception {
        if (response.status() != 200) {
            throw new IllegalStateException("answered " + response.status() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
