package org.policyflow.plan;

/**
 * The part a body plays in an action item. The plan names the lead, supporting and implementing bodies of each item
 * (stored by name in {@code pf_item_body.role}); the coordinating offices coordinate every item without being named
 * in it, which acknowledgements and the inbox record as {@link #COORDINATION}.
 */
public enum BodyRole {
    /** 牵头单位: compiles the item's reports. */
    LEAD,
    /** 配合单位: contributes to the lead's reports. */
    SUPPORTING,
    /** 落实单位: carries the item out and contributes like a supporting body. */
    IMPLEMENTER,
    /** The coordinating offices, for every item. */
    COORDINATION
}
