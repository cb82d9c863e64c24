package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production start (no demo profile) of the jar, as an operator does it: without any administrator PolicyFlow
 * refuses to start, a weak password is refused, and the administrator named in the environment is created while
 * Camunda Admin's first-user page stays closed. Separate JVMs: a Camunda application closed inside the test JVM
 * would take the webapps' engine away from the cached Spring test contexts.
 */
class InitialAdministratorIT {

    private static final String STRONG_PASSWORD = "Lantern-Canal-1859";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    @Test
    void startWithoutAnyAdministratorIsRefused() throws Exception {
        try (NodeProcess node = production("no-admin")) {
            assertThatThrownBy(node::awaitUp).hasMessageContaining("exited with 1");
            assertThat(node.output()).contains("No administrator exists yet. For the first start set "
                    + "POLICYFLOW_INITIAL_ADMIN_USER and POLICYFLOW_INITIAL_ADMIN_PASSWORD");
        }
    }

    @Test
    void weakPasswordIsRefused() throws Exception {
        try (NodeProcess node = production("weak-admin", "--policyflow.initial-admin.user=pf-admin",
                "--policyflow.initial-admin.password=admin123")) {
            assertThatThrownBy(node::awaitUp).hasMessageContaining("exited with 1");
            assertThat(node.output()).contains("policyflow.initial-admin.password is too weak");
        }
    }

    @Test
    void namedAdministratorIsCreatedAndTheSetupPageStaysClosed() throws Exception {
        try (NodeProcess node = production("first-admin", "--policyflow.initial-admin.user=pf-admin",
                "--policyflow.initial-admin.password=" + STRONG_PASSWORD).awaitUp()) {
            HttpResponse<String> admins = send(node, "GET", "/engine-rest/user?memberOfGroup=camunda-admin", null);
            assertThat(admins.statusCode()).as(admins.body()).isEqualTo(200);
            assertThat(admins.body()).contains("\"id\":\"pf-admin\"");
            HttpResponse<String> demo = send(node, "GET", "/engine-rest/user?id=coordinator", null);
            assertThat(demo.body()).as("no demo account").isEqualTo("[]");

            HttpResponse<String> setup = anonymousPost(node, "/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}");
            // refused by PolicyFlow before it reaches Camunda (whose own refusal, once an admin exists, is a 403)
            assertThat(setup.statusCode()).isEqualTo(401);
            assertThat(send(node, "GET", "/engine-rest/user?id=intruder", null).body()).isEqualTo("[]");
        }
    }

    private NodeProcess production(String name, String... settings) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=production",
                "--policyflow.seed.import=false"));
        arguments.addAll(List.of(settings));
        return NodeProcess.of(name, workDir, arguments).start();
    }

    /** As the administrator, with HTTP Basic. */
    private static HttpResponse<String> send(NodeProcess node, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("pf-admin:" + STRONG_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Anonymous, as a stranger who found the setup page. */
    private static HttpResponse<String> anonymousPost(NodeProcess node, String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(node.url() + path)).header("Content-Type",
                "application/json").POST(BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
