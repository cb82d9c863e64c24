package org.policyflow.plan;

import java.util.List;

/**
 * Published inside the import's transaction once a plan's rows are written, so that listeners (starting the
 * action-item processes) take part in it: if any of them fails, nothing of the import remains.
 *
 * @param planId  the new pf_plan row
 * @param itemIds its pf_item rows in document order
 */
public record PlanImported(long planId, List<Long> itemIds) {
}
