package org.policyflow.engine;


import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.policyflow.engine.ProcessInstanceStartHook.StartedInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Calls every {@link ProcessInstanceStartHook} bean when a process instance starts, through a start listener the
 * engine adds to every process it parses. The hooks are looked up when an instance starts, not when the engine is
 * built: a hook may then use the engine's services as beans.
 */
@Component
class ProcessInstanceStartHooks extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProcessInstanceStartHook> hooks;

    ProcessInstanceStartHooks(ObjectProvider<ProcessInstanceStartHook> hooks) {
        this.hooks = hooks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PostParseListeners.add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                String key = processDefinition.getKey();
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) instance -> {
                    StartedInstance started = new StartedInstance(key, instance.getProcessInstanceId(),
                            instance.getProcessBusinessKey(), instance.getSuperExecution() != null);
                    hooks.orderedStream().forEach(hook -> hook.started(started));
                });
            }
        });
    }
}
