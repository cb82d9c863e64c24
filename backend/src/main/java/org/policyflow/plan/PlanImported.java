package org.policyflow.plan;

import java.util.List;

/**
 * Published inside the import's transaction once a plan's rows are written, so that listeners (starting the
 * action-item processes) take part in it: if any of them fails, nothing of the import remains. It carries the items
 * as written, with their bodies, so that listeners need not read them back.
 *
 * @param planId the new pf_plan row
 * @param items  its items in document order
 */
public record PlanImported(long planId, List<Item> items) {

    /**
     * An item as its pf_item and pf_item_body rows hold it.
     *
     * @param lead         the lead body's id; null: the item names none
     * @param supporting   the supporting bodies' ids in document order
     * @param implementers the implementing bodies' ids (e.g. every county) in document order
     */
    public record Item(long id, String label, String title, String businessKey, String lead, List<String> supporting,
                       List<String> implementers) {
    }
}
