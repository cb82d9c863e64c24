package org.policyflow.reporting;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts the rows a form's dynamic list shows (targets, milestones) as a JSON variable into the task's own scope (each
 * user task has input mappings, so it has one): Tasklist renders it, submit-form and complete update it there, and
 * the process instance never carries it.
 */
final class Prefill {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Prefill() {
    }

    static void rows(DelegateTask task, String key, List<Map<String, Object>> rows) {
        task.getExecution().setVariableLocal(key, SpinValues.jsonValue(json(rows)).create());
    }

    static String json(List<Map<String, Object>> rows) {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
