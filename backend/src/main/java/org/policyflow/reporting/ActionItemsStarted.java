package org.policyflow.reporting;

import java.util.List;

/**
 * Published by {@link ActionItemStarter} in the import's transaction once it has started the action-item instance of
 * every item of an imported plan, so that listeners (granting the item's bodies access to its instance) take part in
 * the import: if any of them fails, nothing of the import remains.
 *
 * @param instances one per item, in document order
 */
public record ActionItemsStarted(List<Instance> instances) {

    /** The process of the instances announced. */
    public static final String PROCESS_KEY = "action-item";

    /**
     * @param bodies every body taking part in the item (lead, supporting, implementing), each once
     */
    public record Instance(long itemId, String processInstanceId, List<String> bodies) {
    }
}
