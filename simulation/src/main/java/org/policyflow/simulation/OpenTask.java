package org.policyflow.simulation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A task as a body finds it in its inbox (GET /api/inbox), with the account that found it.
 *
 * @param item   the item's label and title, e.g. "(三) 推进服务供给提质": a key that does not depend on database ids
 * @param light  the item's latest rating, null before the first
 */
record OpenTask(String account, String id, String key, String title, Long itemId, String item, Long periodId,
                String period, String departmentId, String processInstanceId, String light) {

    static OpenTask of(String account, JsonNode row) {
        return new OpenTask(account, row.path("taskId").asText(), row.path("taskKey").asText(),
                row.path("title").asText(), row.hasNonNull("itemId") ? row.get("itemId").asLong() : null,
                row.path("itemLabel").asText("") + " " + row.path("itemTitle").asText(""),
                row.hasNonNull("periodId") ? row.get("periodId").asLong() : null, row.path("periodLabel").asText(""),
                row.path("departmentId").asText(), row.path("processInstanceId").asText(),
                row.hasNonNull("light") ? row.get("light").asText() : null);
    }
}
