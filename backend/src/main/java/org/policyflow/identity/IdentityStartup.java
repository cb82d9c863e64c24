package org.policyflow.identity;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up step 20, after the department registry (10) and before the seed import (30): groups for every body and
 * for the roles, the roles' authorizations, Tasklist's task list, in the demo profile the demo accounts, and the
 * first administrator ({@link InitialAdministrator}).
 * Idempotent: a restart changes nothing.
 */
@Component
@Order(IdentityStartup.ORDER)
class IdentityStartup implements ApplicationRunner {

    static final int ORDER = 20;

    /** Tasklist shows tasks through filters; this one lists every task the user may see. */
    static final String TASK_FILTER = "我的任务";

    private final IdentityService identityService;
    private final DepartmentGroups departmentGroups;
    private final RoleAuthorizations roles;
    private final CamundaGrants grants;
    private final FilterService filterService;
    private final TaskService taskService;
    private final ObjectProvider<DemoAccounts> demoAccounts;
    private final InitialAdministrator initialAdministrator;

    IdentityStartup(IdentityService identityService, DepartmentGroups departmentGroups, RoleAuthorizations roles,
            CamundaGrants grants, FilterService filterService, TaskService taskService,
            ObjectProvider<DemoAccounts> demoAccounts, InitialAdministrator initialAdministrator) {
        this.identityService = identityService;
        this.departmentGroups = departmentGroups;
        this.roles = roles;
        this.grants = grants;
        this.filterService = filterService;
        this.taskService = taskService;
        this.demoAccounts = demoAccounts;
        this.initialAdministrator = initialAdministrator;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DepartmentGroups.ensureGroup(identityService, IdentityGroups.MODELLERS, "流程建模人员", IdentityGroups.SYSTEM);
        DepartmentGroups.ensureGroup(identityService, IdentityGroups.ADMINS, "系统管理员", IdentityGroups.SYSTEM);
        DepartmentGroups.ensureGroup(identityService, IdentityGroups.CAMUNDA_ADMIN, "Camunda 管理员",
                IdentityGroups.SYSTEM);
        roles.grantModellers();
        roles.grantAdmins();
        roles.grantCamundaAdmins();
        departmentGroups.reconcile();
        ensureTaskFilter();
        demoAccounts.ifAvailable(DemoAccounts::ensureRoleAccounts);
        initialAdministrator.ensure();
    }

    private void ensureTaskFilter() {
        Filter filter = filterService.createFilterQuery().filterName(TASK_FILTER).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(TASK_FILTER)
                    .setQuery(taskService.createTaskQuery())
                    .setProperties(Map.<String, Object>of("description", "我可以查看和办理的任务", "priority", -10, "refresh", true));
            filterService.saveFilter(filter);
        }
        grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
