package org.policyflow.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine's list of parse listeners that run after a model's own parsing, to which several plugins add one. */
final class PostParseListeners {

    private PostParseListeners() {
    }

    /** Adds the listener after those already configured (by other plugins or the configuration itself). */
    static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
                ? List.of() : configuration.getCustomPostBPMNParseListeners());
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
