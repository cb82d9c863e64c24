package org.policyflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.ProcessVariables;

/**
 * A limit a form in bpmn/forms states (validate.minLength, maxLength, min, max) and the server's check of the same
 * field are one limit: for every user task, each check its complete listener makes through FormValues
 * ({@code form.requiredText(key, label, [min,] max)}, {@code optionalText}, {@code integer}) must name a field of the
 * task's form with the same limits. Changing a number on one side only fails here.
 */
class FormLimitsTest {

    private static final Map<String, byte[]> MODELS = ModelDeployer.readModels();
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LISTENER_BEAN = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern TEXT_CHECK = Pattern.compile("form\\.(requiredText|optionalText)\\("
            + "\\s*([\\w.]+|\"[^\"]*\")\\s*,\\s*\"[^\"]*\"\\s*,\\s*(\\d+)(?:\\s*,\\s*(\\d+))?\\s*\\)");
    private static final Pattern INTEGER_CHECK = Pattern.compile(
            "form\\.integer\\(\\s*([\\w.]+|\"[^\"]*\")\\s*,\\s*\"[^\"]*\"\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    /** A limit checked in Java: the field and the validate entries the form must state. */
    record Check(String key, Map<String, Integer> validate) {
    }

    @Test
    void theServerChecksTheLimitsTheFormsState() throws IOException {
        Map<String, JsonNode> forms = forms();
        int checked = 0;
        for (var model : MODELS.entrySet()) {
            if (!model.getKey().endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getValue()));
            for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                JsonNode form = forms.get(task.getCamundaFormRef());
                assertThat(form).as(task.getId() + " form").isNotNull();
                for (CamundaTaskListener listener : task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaTaskListener.class).list()) {
                    if (!"complete".equals(listener.getCamundaEvent())
                            || listener.getCamundaDelegateExpression() == null) {
                        continue;
                    }
                    Matcher bean = LISTENER_BEAN.matcher(listener.getCamundaDelegateExpression());
                    assertThat(bean.matches()).isTrue();
                    for (Check check : checks(source(bean.group(1)))) {
                        JsonNode field = field(form, check.key());
                        assertThat(field).as(task.getId() + ": field " + check.key() + " in its form").isNotNull();
                        check.validate().forEach((entry, limit) -> assertThat(field.path("validate").path(entry)
                                .isMissingNode() ? null : field.path("validate").path(entry).asInt())
                                .as(task.getId() + " " + check.key() + " validate." + entry).isEqualTo(limit));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("checks found in the listeners").isGreaterThan(15);
    }

    /**
     * The other way round: a field the user fills in whose form states a length or range is checked by the task's
     * complete listener, through FormValues or, for the rows of a list, against a constant {@code MAX_<KEY>} holding
     * the same limit. A form limit alone is a hint to the browser, not a rule.
     */
    @Test
    void everyLimitAFormStatesIsCheckedByTheServer() throws IOException {
        Map<String, JsonNode> forms = forms();
        List<String> unchecked = new ArrayList<>();
        for (var model : MODELS.entrySet()) {
            if (!model.getKey().endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getValue()));
            for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                StringBuilder sources = new StringBuilder();
                for (CamundaTaskListener listener : task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaTaskListener.class).list()) {
                    Matcher bean = LISTENER_BEAN.matcher(String.valueOf(listener.getCamundaDelegateExpression()));
                    if ("complete".equals(listener.getCamundaEvent()) && bean.matches()) {
                        sources.append(source(bean.group(1)));
                    }
                }
                List<String> checked = checks(sources.toString()).stream().map(Check::key).toList();
                for (JsonNode field : limitedFields(forms.get(task.getCamundaFormRef()))) {
                    String key = field.get("key").asText();
                    String rowLimit = "MAX_" + key.toUpperCase(Locale.ROOT) + " = "
                            + field.path("validate").path("maxLength").asText();
                    if (!checked.contains(key) && !sources.toString().contains(rowLimit)) {
                        unchecked.add(model.getKey() + " " + task.getId() + ": " + key);
                    }
                }
            }
        }
        assertThat(unchecked).as("form fields whose limits no complete listener checks").isEmpty();
    }

    /** The fields a user fills in whose form states a length or range. */
    private static List<JsonNode> limitedFields(JsonNode node) {
        List<JsonNode> fields = new ArrayList<>();
        if (node.isObject() && node.has("key") && !node.path("readonly").asBoolean()
                && !node.path("disabled").asBoolean()
                && (node.path("validate").has("maxLength") || node.path("validate").has("max"))) {
            fields.add(node);
        }
        node.forEach(child -> fields.addAll(limitedFields(child)));
        return fields;
    }

    /** The limits a listener checks, read from its source. */
    private static List<Check> checks(String source) {
        List<Check> checks = new ArrayList<>();
        Matcher text = TEXT_CHECK.matcher(source);
        while (text.find()) {
            Map<String, Integer> validate = new HashMap<>();
            if (text.group(4) != null) {
                validate.put("minLength", Integer.valueOf(text.group(3)));
                validate.put("maxLength", Integer.valueOf(text.group(4)));
            } else {
                validate.put("maxLength", Integer.valueOf(text.group(3)));
            }
            checks.add(new Check(key(text.group(2), source), validate));
        }
        Matcher integer = INTEGER_CHECK.matcher(source);
        while (integer.find()) {
            checks.add(new Check(key(integer.group(1), source),
                    Map.of("min", Integer.valueOf(integer.group(2)), "max", Integer.valueOf(integer.group(3)))));
        }
        return checks;
    }

    /** A field key as the source names it: a literal, a ProcessVariables name or a constant of the same class. */
    private static String key(String expression, String source) {
        if (expression.startsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        if (expression.startsWith("ProcessVariables.")) {
            try {
                return (String) ProcessVariables.class.getField(expression.substring("ProcessVariables.".length()))
                        .get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(expression, e);
            }
        }
        Matcher constant = Pattern.compile("static final String " + expression + " = \"([^\"]*)\"").matcher(source);
        assertThat(constant.find()).as("constant " + expression).isTrue();
        return constant.group(1);
    }

    private static String source(String beanName) throws IOException {
        String file = Character.toUpperCase(beanName.charAt(0)) + beanName.substring(1) + ".java";
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals(file)).toList();
            assertThat(found).as(file).hasSize(1);
            return Files.readString(found.get(0));
        }
    }

    private static JsonNode field(JsonNode node, String key) {
        if (node.isObject() && key.equals(node.path("key").asText(null))) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = field(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        for (var entry : MODELS.entrySet()) {
            if (entry.getKey().endsWith(".form")) {
                JsonNode form = json.readTree(entry.getValue());
                forms.put(form.get("id").asText(), form);
            }
        }
        return forms;
    }
}
