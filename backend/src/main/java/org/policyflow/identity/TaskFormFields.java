package org.policyflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The variables a user task's Camunda Form lets its user submit: the top-level name of every input field (a field's
 * {@code key}, a dynamic list's or a group's {@code path}), and whether the form shows it read-only or disabled.
 * The fields of a deployed form never change, so they are kept per form definition id.
 */
@Component
class TaskFormFields {

    /** Field name → whether the form only shows it (read-only or disabled). */
    record Fields(Map<String, Boolean> locked) {

        static final Fields NONE = new Fields(Map.of());

        boolean declares(String name) {
            return locked.containsKey(name);
        }

        boolean isLocked(String name) {
            return locked.getOrDefault(name, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TaskFormFields.class);
    private static final String CAMUNDA_FORMS_KEY = "camunda-forms:";

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;
    private final ObjectMapper json;
    private final Map<String, Fields> byFormDefinition = new ConcurrentHashMap<>();

    TaskFormFields(ProcessEngine processEngine, ObjectMapper json) {
        this.formService = processEngine.getFormService();
        this.repositoryService = processEngine.getRepositoryService();
        this.identityService = processEngine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.json = json;
    }

    /** The fields of an existing task's form; a task without a Camunda Form declares none. */
    Fields of(String taskId) {
        return EngineAsSystem.call(identityService, () -> {
            TaskFormData form = formService.getTaskFormData(taskId);
            if (form == null) {
                return Fields.NONE;
            }
            CamundaFormRef ref = form.getCamundaFormRef();
            if (ref != null) {
                CamundaFormDefinition definition = engine.getCommandExecutorTxRequired()
                        .execute(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
                if (definition == null) {
                    return Fields.NONE;
                }
                return byFormDefinition.computeIfAbsent(definition.getId(), id -> read(id,
                        repositoryService.getResourceAsStream(definition.getDeploymentId(),
                                definition.getResourceName())));
            }
            if (form.getFormKey() != null && form.getFormKey().startsWith(CAMUNDA_FORMS_KEY)) {
                return read(form.getFormKey(), formService.getDeployedTaskForm(taskId));
            }
            return Fields.NONE;
        });
    }

    private Fields read(String form, InputStream schema) {
        try (schema) {
            Map<String, Boolean> locked = new HashMap<>();
            collect(json.readTree(schema), locked);
            return new Fields(Map.copyOf(locked));
        } catch (IOException | RuntimeException e) {
            log.warn("Form {} cannot be read; its tasks accept no variables: {}", form, e.toString());
            return Fields.NONE;
        }
    }

    /**
     * Walks the components as form-js does: a field with a key submits its value under the key's first segment; a
     * dynamic list or group with a path submits everything inside it under the path; a group without a path only
     * contains fields.
     */
    private static void collect(JsonNode container, Map<String, Boolean> locked) {
        for (JsonNode component : container.path("components")) {
            boolean shownOnly = set(component.get("readonly")) || set(component.get("disabled"));
            Optional<String> path = text(component, "path");
            Optional<String> key = text(component, "key");
            if (path.isPresent()) {
                add(locked, path.get(), shownOnly);
            } else {
                key.ifPresent(name -> add(locked, name, shownOnly));
                collect(component, locked);
            }
        }
    }

    /** A name under several fields is locked only when every one of them is. */
    private static void add(Map<String, Boolean> locked, String path, boolean shownOnly) {
        String variable = path.split("\\.", 2)[0];
        locked.merge(variable, shownOnly, Boolean::logicalAnd);
    }

    /** true, or a FEEL expression ("=…", which may be true when the form is shown). */
    private static boolean set(JsonNode flag) {
        return flag != null && (flag.isBoolean() ? flag.booleanValue() : flag.asText().startsWith("="));
    }

    private static Optional<String> text(JsonNode component, String field) {
        JsonNode value = component.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
