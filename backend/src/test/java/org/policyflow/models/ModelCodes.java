package org.policyflow.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The string codes the models in bpmn/ give one variable, for the tie tests of the packages whose enums hold those
 * codes: a literal input parameter ({@code <camunda:inputParameter name="trigger">OVERDUE}), a literal input of a
 * call activity ({@code <camunda:in sourceExpression="OVERDUE" target="trigger">}), a comparison in an expression
 * ({@code reviewRoute.escalationTrigger == 'RED_RATING'}), a decision table's entries and allowed values for an
 * input or output of that name, and the values a form offers for a field of that key.
 */
public final class ModelCodes {

    private static final Map<String, byte[]> MODELS = ModelDeployer.readModels();
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private ModelCodes() {
    }

    /** Every code the models use for this variable (a name as the models write it, without any object before it). */
    public static Set<String> of(String variable) {
        Set<String> codes = new TreeSet<>();
        MODELS.forEach((name, content) -> {
            String text = new String(content, StandardCharsets.UTF_8);
            if (name.endsWith(".bpmn")) {
                codes.addAll(all(text, "<camunda:inputParameter name=\"" + variable + "\">([^<$#]+)</"));
                codes.addAll(all(text, "<camunda:in sourceExpression=\"([^\"$#]+)\" target=\"" + variable + "\""));
                codes.addAll(all(text.replace("&#39;", "'").replace("&apos;", "'"),
                        "(?<![\\w$])(?:\\w+\\.)?" + variable + "\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*'([^']*)'"));
            } else if (name.endsWith(".dmn")) {
                codes.addAll(decisionCodes(content, variable));
            } else if (name.endsWith(".form")) {
                codes.addAll(formValues(content, variable));
            }
        });
        return codes;
    }

    private static Set<String> decisionCodes(byte[] dmn, String variable) {
        Set<String> codes = new TreeSet<>();
        for (DecisionTable table : Dmn.readModelFromStream(new ByteArrayInputStream(dmn))
                .getModelElementsByType(DecisionTable.class)) {
            List<Input> inputs = List.copyOf(table.getInputs());
            for (int column = 0; column < inputs.size(); column++) {
                Input input = inputs.get(column);
                if (variable.equals(input.getInputExpression().getText().getTextContent().trim())) {
                    codes.addAll(column(table, column, true, input.getInputValues() == null ? ""
                            : input.getInputValues().getText().getTextContent()));
                }
            }
            List<Output> outputs = List.copyOf(table.getOutputs());
            for (int column = 0; column < outputs.size(); column++) {
                Output output = outputs.get(column);
                if (variable.equals(output.getName())) {
                    codes.addAll(column(table, column, false, output.getOutputValues() == null ? ""
                            : output.getOutputValues().getText().getTextContent()));
                }
            }
        }
        return codes;
    }

    /** The quoted strings of one column: its allowed values and every rule's entry. */
    private static Set<String> column(DecisionTable table, int column, boolean input, String allowedValues) {
        Set<String> codes = all(allowedValues, QUOTED.pattern());
        for (Rule rule : table.getRules()) {
            String entry = input ? List.copyOf(rule.getInputEntries()).get(column).getTextContent()
                    : List.copyOf(rule.getOutputEntries()).get(column).getTextContent();
            codes.addAll(all(entry, QUOTED.pattern()));
        }
        return codes;
    }

    private static Set<String> formValues(byte[] form, String key) {
        Set<String> values = new TreeSet<>();
        try {
            collect(new ObjectMapper().readTree(form), key, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static void collect(JsonNode node, String key, Set<String> values) {
        if (node.isObject() && key.equals(node.path("key").asText(null))) {
            node.path("values").forEach(value -> values.add(value.path("value").asText()));
        }
        node.forEach(child -> collect(child, key, values));
    }

    private static Set<String> all(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        return found;
    }
}
