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
import org.policyflow.engine.CamundaFormDefinitions;
import org.policyflow.engine.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The variables a user task's Camunda Form lets its user submit: the top-level name of every input field (a field's
 * {@code key}, a dynamic list's or a group's {@code path}), what kind of value it takes, and whether the form shows
 * it read-only or disabled.
 * The fields of a deployed form never change, so they are kept per form definition id.
 */
@Component
class TaskFormFields {

    /** What a form field takes, as far as the guard checks it; the listeners check the values themselves. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ANY }

    /**
     * A top-level variable of a form: what it takes, whether the form only shows it (read-only or disabled), and how
     * the form labels it (for messages; the variable's name when it has no label).
     */
    record Field(Kind kind, boolean locked, String label) {

        /** A name under several fields is locked only when every one of them is. */
        Field and(Field other) {
            return new Field(kind == other.kind ? kind : Kind.ANY, locked && other.locked, label);
        }
    }

    /** The variables a form submits, by name. */
    record Fields(Map<String, Field> byName) {

        static final Fields NONE = new Fields(Map.of());

        Optional<Field> get(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TaskFormFields.class);
    private static final String CAMUNDA_FORMS_KEY = "camunda-forms:";

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final CamundaFormDefinitions forms;
    private final ObjectMapper json;
    private final Map<String, Fields> byFormDefinition = new ConcurrentHashMap<>();

    TaskFormFields(ProcessEngine processEngine, CamundaFormDefinitions forms, ObjectMapper json) {
        this.formService = processEngine.getFormService();
        this.repositoryService = processEngine.getRepositoryService();
        this.identityService = processEngine.getIdentityService();
        this.forms = forms;
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
                return forms.referencedBy(ref, form.getDeploymentId())
                        .map(definition -> byFormDefinition.computeIfAbsent(definition.getId(), id -> read(id,
                                repositoryService.getResourceAsStream(definition.getDeploymentId(),
                                        definition.getResourceName()))))
                        .orElse(Fields.NONE);
            }
            if (form.getFormKey() != null && form.getFormKey().startsWith(CAMUNDA_FORMS_KEY)) {
                return read(form.getFormKey(), formService.getDeployedTaskForm(taskId));
            }
            return Fields.NONE;
        });
    }

    private Fields read(String form, InputStream schema) {
        try (schema) {
            Map<String, Field> fields = new HashMap<>();
            collect(json.readTree(schema), fields);
            return new Fields(Map.copyOf(fields));
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
    private static void collect(JsonNode container, Map<String, Field> fields) {
        for (JsonNode component : container.path("components")) {
            boolean shownOnly = set(component.get("readonly")) || set(component.get("disabled"));
            Optional<String> path = text(component, "path");
            Optional<String> key = text(component, "key");
            String label = text(component, "label").orElse(null);
            if (path.isPresent()) {
                add(fields, path.get(), new Field(Kind.ANY, shownOnly, label == null ? path.get() : label));
            } else {
                key.ifPresent(name -> add(fields, name, new Field(kind(component), shownOnly,
                        label == null ? name : label)));
                collect(component, fields);
            }
        }
    }

    private static Kind kind(JsonNode component) {
        boolean nested = component.path("key").asText().contains(".");
        return nested ? Kind.ANY : switch (component.path("type").asText()) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> component.path("serializeToString").asBoolean(false) ? Kind.TEXT : Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            default -> Kind.ANY;
        };
    }

    private static void add(Map<String, Field> fields, String path, Field field) {
        fields.merge(path.split("\\.", 2)[0], field, Field::and);
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
