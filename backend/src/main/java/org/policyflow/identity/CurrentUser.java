package org.policyflow.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The logged-in user as PolicyFlow's own API sees it: who it is, its groups, and the bodies (departments) it works
 * for. It is the principal of every authenticated request (session or HTTP Basic), so {@link #getName()} is the
 * user id Camunda's container-based authentication hands to the engine and the webapps.
 *
 * @param userId      Camunda user id
 * @param displayName name to show (first and last name, or the user id)
 * @param groups      every Camunda group of the user
 * @param departments the groups that are bodies of the department registry, by id
 */
public record CurrentUser(String userId, String displayName, List<GroupRef> groups, List<GroupRef> departments)
        implements AuthenticatedPrincipal, Serializable {

    /** What a user may do beyond its own department's work; derived from its groups. */
    public enum Role { DEPARTMENT, COORDINATOR, MODELLER, ADMIN }

    /** A group or department: id and (Chinese) name. */
    public record GroupRef(String id, String name) implements Serializable {
    }

    public CurrentUser {
        groups = List.copyOf(groups);
        departments = List.copyOf(departments);
    }

    @Override
    public String getName() {
        return userId;
    }

    public Set<String> departmentIds() {
        return departments.stream().map(GroupRef::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The candidate groups whose tasks the user's inbox shows: its bodies, and for administrators their own group
     * (审核模型变更 of model-review).
     */
    public Set<String> inboxGroupIds() {
        if (!groupIds().contains(IdentityGroups.ADMINS)) {
            return departmentIds();
        }
        Set<String> ids = new TreeSet<>(departmentIds());
        ids.add(IdentityGroups.ADMINS);
        return Collections.unmodifiableSet(ids);
    }

    public Set<String> groupIds() {
        return groups.stream().map(GroupRef::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The department to show for the user: the first of its bodies, or null for accounts without one. */
    public GroupRef department() {
        return departments.isEmpty() ? null : departments.get(0);
    }

    public boolean isCoordinator() {
        return groupIds().contains(IdentityGroups.COORDINATION_OFFICE);
    }

    /** What {@link CoordinatingOffice} allows: the coordinating office's members and Camunda's administrators. */
    public boolean actsAsCoordinatingOffice() {
        return isCoordinator() || groupIds().contains(IdentityGroups.CAMUNDA_ADMIN);
    }

    public boolean isModeller() {
        return groupIds().contains(IdentityGroups.MODELLERS);
    }

    /** What {@link Administrators} allows. */
    public boolean isAdmin() {
        Set<String> ids = groupIds();
        return ids.contains(IdentityGroups.ADMINS) || ids.contains(IdentityGroups.CAMUNDA_ADMIN);
    }

    public Set<Role> roles() {
        Set<Role> roles = new TreeSet<>();
        if (departments.stream().anyMatch(d -> !d.id().equals(IdentityGroups.COORDINATION_OFFICE))) {
            roles.add(Role.DEPARTMENT);
        }
        if (isCoordinator()) {
            roles.add(Role.COORDINATOR);
        }
        if (isModeller()) {
            roles.add(Role.MODELLER);
        }
        if (isAdmin()) {
            roles.add(Role.ADMIN);
        }
        return Collections.unmodifiableSet(roles);
    }
}
