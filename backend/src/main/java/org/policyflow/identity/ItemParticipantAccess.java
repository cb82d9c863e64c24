package org.policyflow.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets every body that takes part in an action item (pf_item_body) read that item's process instances and their
 * history, and nothing of other items. The grant is made when an instance starts, in its transaction: the item's own
 * instance when the import starts it, and the reporting-period, escalation and extension instances its call
 * activities start months later with the item's business key. (Granting once after an import, as before, found no
 * instances: the listener ran before the one starting them, and later instances were never granted.)
 */
@Component
class ItemParticipantAccess extends AbstractProcessEnginePlugin implements ExecutionListener {

    private final JdbcClient jdbc;

    ItemParticipantAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
                ? List.of() : configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, ItemParticipantAccess.this);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The start of a process instance: grants read access to each body taking part in the item of its key. */
    @Override
    public void notify(DelegateExecution instance) {
        String businessKey = instance.getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        List<String> bodies = jdbc.sql("""
                select distinct b.department_id from pf_item_body b join pf_item i on i.id = b.item_id
                where i.business_key = ?""").param(businessKey).query(String.class).list();
        if (bodies.isEmpty()) {
            return;
        }
        // engine services, not beans: this plugin is built before the engine whose services they are
        ProcessEngineServices engine = instance.getProcessEngineServices();
        CamundaGrants grants = new CamundaGrants(engine.getAuthorizationService());
        String instanceId = instance.getProcessInstanceId();
        EngineAsSystem.run(engine.getIdentityService(), () -> {
            for (String body : bodies) {
                grants.grantGroup(body, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
                grants.grantGroup(body, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
                        HistoricProcessInstancePermissions.READ);
            }
        });
    }
}
