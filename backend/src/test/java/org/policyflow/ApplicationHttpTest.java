package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Boots the whole application on an H2 file database and talks to it over HTTP, as a browser or script would. */
class ApplicationHttpTest extends ApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUp() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheReactAppAtRootAndForClientRoutes() {
        for (String path : new String[] {"/", "/items/3", "/inbox"}) {
            ResponseEntity<String> page = http.getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(path).contains("<div id=\"root\"></div>");
        }
    }

    @Test
    void unknownAssetIsNotFoundInsteadOfTheApp() {
        assertThat(http.getForEntity("/assets/missing-chunk.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void engineRestRequiresLogin() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // an unknown user: a wrong password for admin would lock admin for the other tests
        assertThat(http.withBasicAuth("nobody", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void camundaTasklistSendsAnonymousVisitorsToTheAppLogin() {
        // followed to the React app's login page; org.policyflow.identity.SessionLoginTest checks the redirect itself
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getBody()).contains("<div id=\"root\"></div>").doesNotContain("Camunda Tasklist");
        assertThat(http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void deploysTheModelsOfTheBpmnFolderUnderStableNames() {
        String deployments = http.withBasicAuth("admin", "demo")
                .getForObject("/engine-rest/process-definition?key=extension-request", String.class);
        assertThat(deployments).contains("\"resource\":\"bpmn/extension-request.bpmn\"");
    }
}
