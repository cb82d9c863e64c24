package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.policyflow.department.DepartmentRegistered;
import org.policyflow.department.DepartmentService;
import org.policyflow.engine.EngineAsSystem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one Camunda group per body of the department registry (id = body id, name = its Chinese name, type
 * WORKFLOW), with the body's authorizations and, in the demo profile, its staff account. A body registered while
 * PolicyFlow runs gets them in the transaction that registers it.
 */
@Component
class DepartmentGroups {

    record Department(String id, String name) {
    }

    private final IdentityService identityService;
    private final DepartmentService departments;
    private final RoleAuthorizations roles;
    private final ObjectProvider<DemoAccounts> demoAccounts;

    DepartmentGroups(IdentityService identityService, DepartmentService departments, RoleAuthorizations roles,
            ObjectProvider<DemoAccounts> demoAccounts) {
        this.identityService = identityService;
        this.departments = departments;
        this.roles = roles;
        this.demoAccounts = demoAccounts;
    }

    @EventListener
    void onRegistered(DepartmentRegistered registered) {
        EngineAsSystem.run(identityService, () -> follow(new Department(registered.id(), registered.name())));
    }

    /** Brings the groups in line with every body of the registry's table; running it twice changes nothing. */
    void reconcile() {
        List<Department> bodies = departments.list().stream()
                .map(body -> new Department(body.id(), body.name())).toList();
        EngineAsSystem.run(identityService, () -> bodies.forEach(this::follow));
    }

    private void follow(Department department) {
        ensureGroup(identityService, department.id(), department.name(), IdentityGroups.WORKFLOW);
        roles.grantDepartment(department.id());
        demoAccounts.ifAvailable(accounts -> accounts.ensureStaff(department.id(), department.name()));
    }

    static void ensureGroup(IdentityService identityService, String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
