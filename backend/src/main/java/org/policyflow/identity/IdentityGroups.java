package org.policyflow.identity;

import org.camunda.bpm.engine.authorization.Groups;

/** Camunda groups PolicyFlow relies on beside one group per body of the department registry. */
public final class IdentityGroups {

    /** The coordinating office's body id and group: reads everything, reviews and escalates. */
    public static final String COORDINATION_OFFICE = "coordination-office";
    /** Deploy processes, decisions and forms. */
    public static final String MODELLERS = "modellers";
    /** Manage users, groups and authorizations. */
    public static final String ADMINS = "admins";
    /** Camunda's built-in administrators' group: the engine checks no authorization for its members. */
    public static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

    /** Spring Security authority of a group's members: {@code GROUP_<group id>}. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    /** Camunda group type of a body's group (Camunda's own groups use SYSTEM). */
    static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;
    static final String SYSTEM = Groups.GROUP_TYPE_SYSTEM;

    private IdentityGroups() {
    }
}
