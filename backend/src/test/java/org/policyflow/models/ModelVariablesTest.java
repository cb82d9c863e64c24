package org.policyflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Ties the names of {@link ProcessVariables} to the models: every variable a model in bpmn/ reads (in an expression,
 * as the source of a call activity's input, as the input of a decision it calls, or as a form's read-only field)
 * is a {@link ProcessVariables} name, a bean the model may name, a form field a user fills in, or set by the model
 * itself (input/output mapping, multi-instance element, decision result, or a calling model's input to it). A
 * variable renamed on one side only fails here.
 * Decisions evaluated from Java (traffic-light) get their inputs from that Java and are not checked here.
 */
class ModelVariablesTest {

    private static final Map<String, byte[]> MODELS = ModelDeployer.readModels();
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\w|\\s*\\()");
    /** JUEL's words and what the engine itself puts into expressions. */
    private static final Set<String> BUILT_IN = Set.of("null", "true", "false", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "decisionResult");

    @Test
    void everyVariableAModelReadsIsNamedInJavaOrSetByTheModels() {
        Set<String> known = new HashSet<>(processVariableNames());
        known.addAll(delegateBeanNames());
        known.addAll(formFields(false));
        Map<String, String> processes = new HashMap<>();
        Map<String, Set<String>> setByCaller = new HashMap<>();
        Map<String, String> decisionCaller = new HashMap<>();
        models(".bpmn").forEach((name, xml) -> {
            processes.put(name, first(xml, "<bpmn:process id=\"([^\"]+)\""));
            for (String call : all(xml, "(<bpmn:callActivity[\\s\\S]*?</bpmn:callActivity>)")) {
                setByCaller.computeIfAbsent(first(call, "calledElement=\"([^\"]+)\""), k -> new HashSet<>())
                        .addAll(all(call, "<camunda:in [^>]*target=\"([^\"]+)\""));
            }
            all(xml, "camunda:decisionRef=\"([^\"]+)\"").forEach(decision -> decisionCaller.put(decision, name));
        });

        Map<String, Set<String>> missing = new HashMap<>();
        Map<String, Set<String>> provided = new HashMap<>();
        models(".bpmn").forEach((name, xml) -> {
            Set<String> here = new HashSet<>(known);
            here.addAll(setByCaller.getOrDefault(processes.get(name), Set.of()));
            here.addAll(all(xml, "<camunda:(?:input|output)Parameter name=\"([^\"]+)\""));
            here.addAll(all(xml, "<camunda:out [^>]*target=\"([^\"]+)\""));
            here.addAll(all(xml, "camunda:elementVariable=\"([^\"]+)\""));
            here.addAll(all(xml, "camunda:resultVariable=\"([^\"]+)\""));
            provided.put(name, here);
            Set<String> read = new TreeSet<>(all(xml, "<camunda:in [^>]*source=\"([^\"]+)\""));
            read.addAll(readInExpressions(xml));
            read.removeAll(here);
            if (!read.isEmpty()) {
                missing.put(name, read);
            }
        });
        models(".dmn").forEach((name, xml) -> {
            for (String decision : all(xml, "(<decision [\\s\\S]*?</decision>)")) {
                String caller = decisionCaller.get(first(decision, "<decision id=\"([^\"]+)\""));
                if (caller == null) {
                    continue; // evaluated from Java
                }
                Set<String> read = new TreeSet<>();
                for (String input : all(decision, "<inputExpression[^>]*>\\s*<text>([^<]*)</text>")) {
                    read.addAll(identifiers(unescape(input)));
                }
                read.removeAll(provided.get(caller));
                if (!read.isEmpty()) {
                    missing.put(name + " " + first(decision, "<decision id=\"([^\"]+)\""), read);
                }
            }
        });
        Set<String> shownByForms = new TreeSet<>(formFields(true));
        provided.values().forEach(shownByForms::removeAll);
        if (!shownByForms.isEmpty()) {
            missing.put("forms (read-only fields)", shownByForms);
        }
        assertThat(missing).as("variables read by the models that neither ProcessVariables nor a model sets")
                .isEmpty();
        assertThat(decisionCaller).as("decisions called by the models").isNotEmpty();
    }

    @Test
    void theCheckSeesWhatTheModelsRead() {
        Set<String> read = new HashSet<>();
        models(".bpmn").values().forEach(xml -> read.addAll(readInExpressions(xml)));
        assertThat(read).contains(ProcessVariables.ITEM_LABEL, ProcessVariables.LEAD_DEPARTMENT_ID,
                ProcessVariables.DUE_AT, ProcessVariables.CHECK_RESULT, "sendReminder")
                .doesNotContain("execution", "processBusinessKey", "getSingleResult", "dateTime", "RESOLVED");
    }

    private static Set<String> readInExpressions(String xml) {
        Set<String> read = new HashSet<>();
        for (String expression : all(xml, EXPRESSION.pattern())) {
            read.addAll(identifiers(unescape(expression)));
        }
        return read;
    }

    private static Set<String> identifiers(String expression) {
        Set<String> names = new HashSet<>();
        Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
        while (m.find()) {
            if (!BUILT_IN.contains(m.group(1)) && !m.group(1).matches("\\d.*")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static Set<String> processVariableNames() {
        Set<String> names = new HashSet<>();
        for (Field field : ProcessVariables.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** What ModelBeans lets a model name: PolicyFlow's delegates and listeners, by bean name. */
    private static Set<String> delegateBeanNames() {
        Path classes = Path.of("target/classes");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/policyflow"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(className, false, ModelVariablesTest.class.getClassLoader());
                Component component = type.getAnnotation(Component.class);
                if (component != null && (JavaDelegate.class.isAssignableFrom(type)
                        || TaskListener.class.isAssignableFrom(type)
                        || ExecutionListener.class.isAssignableFrom(type))) {
                    names.add(component.value().isEmpty()
                            ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                            : component.value());
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertThat(names).as("delegate beans").isNotEmpty();
        return names;
    }

    /**
     * The keys of the forms' fields outside dynamic lists (whose rows live in one JSON variable): the fields a user
     * fills in (they set a variable of that name), or those only shown (they read one).
     */
    private static Set<String> formFields(boolean shown) {
        Set<String> keys = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        models(".form").values().forEach(form -> {
            try {
                collectKeys(json.readTree(form), shown, keys);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return keys;
    }

    private static void collectKeys(JsonNode node, boolean shown, Set<String> keys) {
        if (node.isObject() && "dynamiclist".equals(node.path("type").asText())) {
            return;
        }
        if (node.isObject() && node.hasNonNull("key")
                && shown == (node.path("readonly").asBoolean() || node.path("disabled").asBoolean())) {
            keys.add(node.get("key").asText());
        }
        node.forEach(child -> collectKeys(child, shown, keys));
    }

    private static Map<String, String> models(String extension) {
        Map<String, String> models = new HashMap<>();
        MODELS.forEach((name, content) -> {
            if (name.endsWith(extension)) {
                models.put(name, new String(content, StandardCharsets.UTF_8));
            }
        });
        assertThat(models).as(extension).isNotEmpty();
        return models;
    }

    private static Set<String> all(String text, String regex) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
