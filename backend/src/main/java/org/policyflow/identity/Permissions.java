package org.policyflow.identity;

/**
 * Who may do what beyond a body's own work, as {@code @PreAuthorize} expressions over the authorities
 * {@code GROUP_<id>} of {@link IdentityGroups}. Members of Camunda's administrators' group may do all of it, as in the
 * engine. Endpoints use the annotations {@link CoordinatingOffice}, {@link Modellers} and {@link Administrators};
 * the expressions are public for a rule that adds a condition of its own.
 */
public final class Permissions {

    /** Import plans, see every body's escalations. */
    public static final String COORDINATING_OFFICE = "hasAnyAuthority('" + IdentityGroups.AUTHORITY_PREFIX
            + IdentityGroups.COORDINATION_OFFICE + "','" + IdentityGroups.AUTHORITY_PREFIX
            + IdentityGroups.CAMUNDA_ADMIN + "')";
    /** List and deploy models. */
    public static final String MODELLERS = "hasAnyAuthority('" + IdentityGroups.AUTHORITY_PREFIX
            + IdentityGroups.MODELLERS + "','" + IdentityGroups.AUTHORITY_PREFIX + IdentityGroups.CAMUNDA_ADMIN + "')";
    /** Manage accounts (e.g. unlock one). */
    public static final String ADMINISTRATORS = "hasAnyAuthority('" + IdentityGroups.AUTHORITY_PREFIX
            + IdentityGroups.ADMINS + "','" + IdentityGroups.AUTHORITY_PREFIX + IdentityGroups.CAMUNDA_ADMIN + "')";
    /** Member of the body named by the method's parameter {@code department}. */
    public static final String MEMBER_OF_DEPARTMENT = "hasAuthority('" + IdentityGroups.AUTHORITY_PREFIX
            + "' + #department)";

    private Permissions() {
    }
}
