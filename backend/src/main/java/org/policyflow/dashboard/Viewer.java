package org.policyflow.dashboard;

import java.util.Set;

import org.policyflow.identity.CurrentUser;

/**
 * What a user may see of a plan. The coordinating office and administrators see everything. A body sees the lights
 * and figures of the whole plan (what a 通报 publishes to every body), marked where it takes part, but narratives,
 * the ledger and item pages only of the items it takes part in.
 */
record Viewer(boolean seesAll, Set<String> departmentIds) {

    static Viewer of(CurrentUser user) {
        return new Viewer(user.isCoordinator() || user.isAdmin(), user.departmentIds());
    }
}
