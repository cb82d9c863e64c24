package org.policyflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * What each kind of group may do in the engine. A body's group sees and works on the tasks it is a candidate for
 * (the engine grants those per task) and, per process instance, the items it takes part in
 * (reporting.ItemParticipantAccess); the coordinating office reads everything and works on its own tasks; modellers
 * deploy and migrate instances; admins manage users, groups and authorizations.
 */
@Component
class RoleAuthorizations {

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";
    private static final String ADMIN = "admin";

    private final CamundaGrants grants;

    RoleAuthorizations(CamundaGrants grants) {
        this.grants = grants;
    }

    void grantDepartment(String departmentId) {
        grants.grantGroup(departmentId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        // the models themselves (diagram and form of a task), not the instances
        grants.grantGroup(departmentId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        if (IdentityGroups.COORDINATION_OFFICE.equals(departmentId)) {
            grantCoordinationOffice();
        }
    }

    /** Reads every instance, task and its history; works only on the tasks it is a candidate for (review, 督办). */
    private void grantCoordinationOffice() {
        String office = IdentityGroups.COORDINATION_OFFICE;
        grants.grantGroup(office, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grants.grantGroup(office, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grants.grantGroup(office, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grants.grantGroup(office, Resources.TASK, ANY, TaskPermissions.READ);
        grants.grantGroup(office, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grants.grantGroup(office, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grants.grantGroup(office, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.grantGroup(office, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    void grantModellers() {
        String modellers = IdentityGroups.MODELLERS;
        grants.grantGroup(modellers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grants.grantGroup(modellers, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        // moving running instances onto a new version (the studio's migration panel, /engine-rest/migration/*,
        // instances chosen by id): the instances' data stays unreadable to modellers
        grants.grantGroup(modellers, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grants.grantGroup(modellers, Resources.BATCH, ANY, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
                BatchPermissions.READ);
        grants.grantGroup(modellers, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grants.grantGroup(modellers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    /** Camunda's administrators' group gets everything, as Camunda's own admin set-up grants it. */
    void grantCamundaAdmins() {
        for (Resources resource : Resources.values()) {
            grants.grantGroup(IdentityGroups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    void grantAdmins() {
        String admins = IdentityGroups.ADMINS;
        grants.grantGroup(admins, Resources.APPLICATION, ADMIN, Permissions.ACCESS);
        for (Resources resource : new Resources[] {Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP}) {
            grants.grantGroup(admins, resource, ANY, Permissions.ALL);
        }
    }
}
