package org.policyflow.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Hands every user task the engine parses to each {@link UserTaskParseHook} bean, after the model's own parsing. */
@Component
class UserTaskParseHooks extends AbstractProcessEnginePlugin {

    private final ObjectProvider<UserTaskParseHook> hooks;

    UserTaskParseHooks(ObjectProvider<UserTaskParseHook> hooks) {
        this.hooks = hooks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<UserTaskParseHook> all = hooks.orderedStream().toList();
        PostParseListeners.add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ParsedUserTask task = new ParsedUserTask(
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
                all.forEach(hook -> hook.parsed(task));
            }
        });
    }
}
