package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * PolicyFlow's Simplified Chinese for Camunda Tasklist (META-INF/resources/webjars/camunda/app/tasklist/locales/
 * zh.json) against the English of the Camunda webjar on the class path: every label and date key, with the same
 * {{placeholders}}, so a Camunda upgrade that adds or renames keys fails here until they are translated.
 */
class TasklistLocaleTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theChineseHasEveryKeyOfCamundasEnglishWithItsPlaceholders() throws IOException {
        JsonNode english = read("en.json");
        JsonNode chinese = read("zh.json");

        assertThat(keys(chinese.path("labels"))).isEqualTo(keys(english.path("labels"))).hasSizeGreaterThan(400);
        assertThat(keys(chinese.path("dateLocales"))).isEqualTo(keys(english.path("dateLocales")));
        Map<String, String> wrong = new TreeMap<>();
        english.path("labels").fields().forEachRemaining(label -> {
            String translated = chinese.path("labels").path(label.getKey()).asText();
            if (!placeholders(translated).equals(placeholders(label.getValue().asText()))
                    || translated.isBlank() != label.getValue().asText().isBlank()) {
                wrong.put(label.getKey(), translated);
            }
        });
        assertThat(wrong).as("labels whose placeholders or emptiness differ from the English").isEmpty();
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = TasklistLocaleTest.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
            assertThat(in).as(LOCALES + file).isNotNull();
            // Camunda's files start with a byte order mark
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    /** The object's keys and, for nested objects, their keys as parent.child. */
    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            keys.add(field.getKey());
            keys(field.getValue()).forEach(child -> keys.add(field.getKey() + "." + child));
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
