package org.policyflow.simulation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the office's dashboard shows of every plan and the simulated people work with: each period's 序时进度 and
 * order, each numeric target's value, and the bodies taking part.
 */
final class PlanFacts {

    private static final String QUARTERS = "一二三四";

    private final Map<Long, Double> expectedProgress = new HashMap<>();
    private final Map<Long, Integer> periodQuarter = new HashMap<>();
    private final Map<Long, Double> targetValue = new HashMap<>();
    private final Map<Long, String> targetText = new HashMap<>();
    private final Set<Long> itemIds = new HashSet<>();
    private final List<Long> planIds;
    private int periods;

    private PlanFacts(List<Long> planIds) {
        this.planIds = planIds;
    }

    /** The facts of these plans. */
    static PlanFacts read(PolicyFlowClient client, String office, List<Long> planIds) {
        PlanFacts facts = new PlanFacts(planIds);
        for (long planId : planIds) {
            JsonNode dashboard = client.get(office, "/api/dashboard?planId=" + planId);
            for (JsonNode period : dashboard.path("periods")) {
                facts.expectedProgress.put(period.get("id").asLong(), period.path("expectedProgress").asDouble(1));
                facts.periodQuarter.put(period.get("id").asLong(), quarter(period.path("label").asText()));
            }
            for (JsonNode target : dashboard.path("targets")) {
                facts.targetValue.put(target.get("id").asLong(), target.path("targetValue").asDouble());
                facts.targetText.put(target.get("id").asLong(), target.path("text").asText());
            }
            dashboard.path("items").forEach(item -> facts.itemIds.add(item.get("id").asLong()));
            facts.periods += dashboard.path("items").size() * dashboard.path("periods").size();
        }
        return facts;
    }

    /** 序时进度 at the end of the period, 1 when unknown. */
    double expectedProgress(long periodId) {
        return expectedProgress.getOrDefault(periodId, 1.0);
    }

    /** The quarter a period covers (1-4), 5 for the annual summary, 0 for no period. */
    int quarter(Long periodId) {
        return periodId == null ? 0 : periodQuarter.getOrDefault(periodId, 0);
    }

    /** From the calendar's labels: "2025年第三季度", "2025年度总结". */
    static int quarter(String label) {
        for (int quarter = 1; quarter <= QUARTERS.length(); quarter++) {
            if (label.contains("第" + QUARTERS.charAt(quarter - 1) + "季度")) {
                return quarter;
            }
        }
        return QUARTERS.length() + 1;
    }

    double targetValue(long targetId) {
        return targetValue.getOrDefault(targetId, 0.0);
    }

    String targetText(long targetId) {
        return targetText.getOrDefault(targetId, Long.toString(targetId));
    }

    /** Reports to be approved in the whole year: items × periods. */
    int itemPeriods() {
        return periods;
    }

    int items() {
        return itemIds.size();
    }

    boolean hasItem(Long itemId) {
        return itemIds.contains(itemId);
    }

    List<Long> planIds() {
        return planIds;
    }
}
