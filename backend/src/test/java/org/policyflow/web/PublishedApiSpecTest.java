package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The web client's types are generated from a copy of /api/docs.json in frontend/openapi (the frontend module builds
 * before the backend, so it cannot ask the server). This test keeps the copy equal to what the server describes.
 */
class PublishedApiSpecTest extends ApplicationTest {

    /** Relative to the backend module, where Maven runs the tests. */
    static final Path SPEC = Path.of("../frontend/openapi/policyflow.json");
    static final String WRITE = "policyflow.openapi.write";
    static final String REGENERATE =
            "mvn -B -o -pl backend test -Dtest=PublishedApiSpecTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE
                    + "=true";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Autowired
    TestRestTemplate http;

    @Test
    void theWebClientsCopyOfTheApiDescriptionIsTheServersOwn() throws IOException {
        ResponseEntity<String> answer = http.withBasicAuth("coordinator", "demo")
                .getForEntity("/api/docs.json", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode served = JSON.readTree(answer.getBody());
        // the server URL names the test's random port; the web client calls relative paths
        ((ObjectNode) served).remove("servers");
        String text = JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n";
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(SPEC.getParent());
            Files.writeString(SPEC, text, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(SPEC) ? Files.readString(SPEC, StandardCharsets.UTF_8) : "{}";
        Optional<String> difference = firstDifference("", JSON.readTree(committed), served);
        assertThat(difference)
                .as("%s differs from the server's /api/docs.json; regenerate it with: %s", SPEC, REGENERATE)
                .isEmpty();
        assertThat(committed).as("%s is not formatted as written; regenerate it with: %s", SPEC, REGENERATE)
                .isEqualTo(text);
    }

    /** The JSON pointer of the first place where the committed description and the served one part. */
    private static Optional<String> firstDifference(String pointer, JsonNode committed, JsonNode served) {
        if (committed.isObject() && served.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = served.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + escaped(field.getKey());
                if (!committed.has(field.getKey())) {
                    return Optional.of(at + " is served but not in the committed copy");
                }
                Optional<String> inside = firstDifference(at, committed.get(field.getKey()), field.getValue());
                if (inside.isPresent()) {
                    return inside;
                }
            }
            for (Iterator<String> names = committed.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!served.has(name)) {
                    return Optional.of(pointer + "/" + escaped(name) + " is in the committed copy but no longer served");
                }
            }
            return Optional.empty();
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < served.size(); i++) {
                Optional<String> inside = firstDifference(pointer + "/" + i, committed.get(i), served.get(i));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        return committed.equals(served) ? Optional.empty()
                : Optional.of(pointer + ": committed " + committed + ", served " + served);
    }

    /** A key as a JSON pointer step (paths such as /api/items/{id} are keys). */
    private static String escaped(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
