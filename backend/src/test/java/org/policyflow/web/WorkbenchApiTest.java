package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The endpoints behind the import and modeler pages, over HTTP: the body registry, the model catalogue with its
 * versions and running instances, deploying a version through the engine's REST API the way the modeler page does,
 * and the OpenAPI description.
 */
class WorkbenchApiTest extends ApplicationTest {

    private static final String EXTENSION_REQUEST = "bpmn/extension-request.bpmn";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;

    final ObjectMapper json = new ObjectMapper();

    JsonNode get(String user, String path) throws IOException {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as("%s %s: %s", user, path, answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    @Test
    void departmentsListTheRegistryForEveryLoggedInUser() throws IOException {
        JsonNode bodies = get("market-regulation", "/api/departments");
        assertThat(bodies.findValuesAsText("id")).contains("coordination-office", "market-regulation", "kunshan");
        assertThat(bodies.get(0).get("kind").asText()).isEqualTo("MUNICIPAL");
        assertThat(http.getForEntity("/api/departments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void modellersSeeTheLatestModelsAndOthersDoNot() throws IOException {
        JsonNode models = get("modeller", "/api/models");
        assertThat(models.findValuesAsText("resourceName"))
                .contains("bpmn/action-item.bpmn", "bpmn/traffic-light.dmn", "bpmn/forms/review-report.form");
        JsonNode actionItem = find(models, "bpmn/action-item.bpmn");
        assertThat(actionItem.get("kind").asText()).isEqualTo("BPMN");
        assertThat(actionItem.get("definitionKey").asText()).isEqualTo("action-item");
        assertThat(actionItem.get("source").asText()).isEqualTo("bpmn/");

        assertThat(http.withBasicAuth("coordinator", "demo").getForEntity("/api/models", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknown = http.withBasicAuth("modeller", "demo")
                .getForEntity("/api/models/versions?resource=bpmn/none.bpmn", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("resource");
    }

    @Test
    void seedInstancesRunOnTheFirstVersionOfTheActionItem() throws IOException {
        JsonNode versions = get("modeller", "/api/models/versions?resource=bpmn/action-item.bpmn");
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        long running = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(first.get("definitionId").asText()).count();
        assertThat(running).isGreaterThanOrEqualTo(18); // the seed's 18 items, and any plan the browser test imports
        assertThat(first.get("runningInstances").asLong()).isEqualTo(running);
    }

    @Test
    void aVersionDeployedLikeTheModelerPageDoesLinesUpBehindTheFolderVersion() throws IOException {
        int before = get("modeller", "/api/models/versions?resource=" + EXTENSION_REQUEST).get(0).get("version").asInt();
        String xml = Files.readString(Path.of("..", EXTENSION_REQUEST), StandardCharsets.UTF_8)
                .replace("name=\"审核延期申请\"", "name=\"审核延期申请（新版）\"");

        ResponseEntity<String> deployed = deploy(xml);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

        JsonNode versions = get("modeller", "/api/models/versions?resource=" + EXTENSION_REQUEST);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(before + 1);
        assertThat(versions.get(0).get("source").asText()).isEqualTo("policyflow-modeler");
        assertThat(versions.get(0).get("runningInstances").asLong()).isZero();
        assertThat(find(get("modeller", "/api/models"), EXTENSION_REQUEST).get("version").asInt())
                .isEqualTo(before + 1);
    }

    @Test
    void theEngineRefusesABrokenModelWithItsMessageAndDeploysNothing() throws IOException {
        int before = get("modeller", "/api/models/versions?resource=" + EXTENSION_REQUEST).size();
        ResponseEntity<String> refused = deploy("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/"
                + "20100524/MODEL\"><bpmn:process id=\"broken\" isExecutable=\"true\"><bpmn:sequenceFlow id=\"f\" "
                + "sourceRef=\"missing\" targetRef=\"missing\"/></bpmn:process></bpmn:definitions>");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).startsWith("ENGINE-");
        assertThat(get("modeller", "/api/models/versions?resource=" + EXTENSION_REQUEST).size()).isEqualTo(before);
    }

    @Test
    void theApiIsDocumentedByFeatureForLoggedInUsers() throws IOException {
        JsonNode docs = get("coordinator", "/api/docs.json");
        assertThat(docs.get("paths").has("/api/plans/preview")).isTrue();
        assertThat(docs.get("paths").has("/api/models/versions")).isTrue();
        assertThat(docs.get("paths").has("/api/departments")).isTrue();
        assertThat(docs.at("/paths/~1api~1plans~1preview/post/tags/0").asText()).isEqualTo("方案导入与查询");
        assertThat(docs.get("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));

        assertThat(http.getForEntity("/api/docs.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> ui = http.withBasicAuth("coordinator", "demo")
                .getForEntity("/api/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("Swagger UI");
    }

    private ResponseEntity<String> deploy(String xml) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "policyflow-models");
        form.add("deployment-source", "policyflow-modeler");
        form.add("deploy-changed-only", "true");
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_XML);
        form.add(EXTENSION_REQUEST, new HttpEntity<>(new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return EXTENSION_REQUEST;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("modeller", "demo")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
    }

    private static JsonNode find(JsonNode models, String resourceName) {
        for (JsonNode model : models) {
            if (model.get("resourceName").asText().equals(resourceName)) {
                return model;
            }
        }
        throw new AssertionError("no model " + resourceName + " in " + models);
    }
}
