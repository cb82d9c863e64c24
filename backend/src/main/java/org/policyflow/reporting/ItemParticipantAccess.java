package org.policyflow.reporting;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.policyflow.engine.EngineAsSystem;
import org.policyflow.engine.ProcessInstanceStartHook;
import org.policyflow.identity.CamundaGrants;
import org.policyflow.plan.PlanQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets every body that takes part in an action item read that item's process instances and their history, and
 * nothing of other items, granted in the transaction that starts each instance: the item's own instance from
 * {@link ActionItemsStarted} (in the import's transaction, with the bodies the import named), and every other instance
 * started with the item's business key when it starts (the reporting-period, escalation and extension instances its
 * call activities start months later), with the bodies the plan names for that key.
 */
@Component
class ItemParticipantAccess implements ProcessInstanceStartHook {

    private final PlanQueries plans;
    private final CamundaGrants grants;
    private final IdentityService identityService;

    ItemParticipantAccess(PlanQueries plans, CamundaGrants grants, IdentityService identityService) {
        this.plans = plans;
        this.grants = grants;
        this.identityService = identityService;
    }

    @EventListener
    void onActionItemsStarted(ActionItemsStarted started) {
        EngineAsSystem.run(identityService, () -> started.instances()
                .forEach(instance -> grant(instance.processInstanceId(), instance.bodies())));
    }

    @Override
    public void started(StartedInstance instance) {
        boolean announcedByTheStarter = ActionItemsStarted.PROCESS_KEY.equals(instance.processDefinitionKey())
                && !instance.called();
        if (instance.businessKey() == null || announcedByTheStarter) {
            return;
        }
        List<String> bodies = plans.participants(instance.businessKey());
        if (!bodies.isEmpty()) {
            EngineAsSystem.run(identityService, () -> grant(instance.processInstanceId(), bodies));
        }
    }

    private void grant(String instanceId, List<String> bodies) {
        for (String body : bodies) {
            grants.grantGroup(body, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
            grants.grantGroup(body, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
                    HistoricProcessInstancePermissions.READ);
        }
    }
}
