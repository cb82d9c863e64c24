package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.policyflow.plan.PlanImported;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets every body that takes part in an action item (pf_item_body) read that item's process instances and their
 * history, and nothing of other items. Runs after the other listeners of an import, so the instances they started
 * are there; an item without instances yet gets nothing.
 */
@Component
public class ItemParticipantAccess {

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final CamundaGrants grants;

    ItemParticipantAccess(JdbcClient jdbc, HistoryService historyService, IdentityService identityService,
            CamundaGrants grants) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.identityService = identityService;
        this.grants = grants;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onPlanImported(PlanImported imported) {
        imported.itemIds().forEach(this::grantParticipants);
    }

    /** Grants read access to the item's instances (found by its business key) to each body taking part in it. */
    public void grantParticipants(long itemId) {
        String businessKey = jdbc.sql("select business_key from pf_item where id = ?").param(itemId)
                .query(String.class).single();
        List<String> bodies = jdbc.sql("select distinct department_id from pf_item_body where item_id = ?")
                .param(itemId).query(String.class).list();
        EngineAsSystem.run(identityService, () -> {
            List<String> instanceIds = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            for (String body : bodies) {
                for (String instanceId : instanceIds) {
                    grants.grantGroup(body, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
                    grants.grantGroup(body, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
                            HistoricProcessInstancePermissions.READ);
                }
            }
        });
    }
}
