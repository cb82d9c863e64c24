package org.policyflow.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.policyflow.department.DepartmentService;
import org.policyflow.identity.CurrentUser.GroupRef;
import org.springframework.stereotype.Component;

/** Reads users, their groups and their bodies from Camunda's identity service and the department registry. */
@Component
class UserDirectory {

    private final IdentityService identityService;
    private final DepartmentService departments;

    UserDirectory(IdentityService identityService, DepartmentService departments) {
        this.identityService = identityService;
        this.departments = departments;
    }

    CurrentUser describe(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        List<GroupRef> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .sorted(Comparator.comparing(Group::getId))
                .map(group -> new GroupRef(group.getId(), group.getName() == null ? group.getId() : group.getName()))
                .toList();
        Set<String> departmentIds = departments.registeredIds(groups.stream().map(GroupRef::id).toList());
        List<GroupRef> departments = groups.stream().filter(group -> departmentIds.contains(group.id())).toList();
        return new CurrentUser(userId, UserNames.name(user, userId), groups, departments);
    }
}
