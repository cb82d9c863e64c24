package org.policyflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyflow.PolicyFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping and starting on the same data folder keeps the data and creates no new version of an unchanged model;
 * an edited model gets exactly one new version.
 */
class ModelDeploymentRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PolicyFlowApplication.class)
                // an engine name of its own: Camunda registers engines by name JVM-wide, beside other tests' engines
                .run("--policyflow.data-dir=" + dataDir, "--server.port=0",
                        "--camunda.bpm.process-engine-name=restart-test");
    }

    private static List<String> definitions(ConfigurableApplicationContext app) {
        return app.getBean(RepositoryService.class).createProcessDefinitionQuery().list().stream()
                .map(d -> d.getKey() + ":" + d.getVersion() + ":" + d.getResourceName()).sorted().toList();
    }

    @Test
    void restartKeepsDefinitionsAndEditCreatesExactlyOneVersion() {
        List<String> first;
        long deployments;
        try (ConfigurableApplicationContext app = start()) {
            first = definitions(app);
            deployments = app.getBean(RepositoryService.class).createDeploymentQuery().count();
        }
        assertThat(first).contains("extension-request:1:bpmn/extension-request.bpmn");
        assertThat(Files.exists(dataDir.resolve("policyflow.mv.db"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            RepositoryService repository = app.getBean(RepositoryService.class);
            assertThat(definitions(app)).isEqualTo(first);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

            Map<String, byte[]> edited = new HashMap<>(ModelDeployer.readModels());
            String bpmn = new String(edited.get("bpmn/extension-request.bpmn"), StandardCharsets.UTF_8);
            edited.put("bpmn/extension-request.bpmn",
                    bpmn.replace("name=\"延期申请审核\"", "name=\"延期申请审核(修订)\"").getBytes(StandardCharsets.UTF_8));
            assertThat(app.getBean(ModelDeployer.class).deploy(edited)).isNotNull();

            ProcessDefinition latest = repository.createProcessDefinitionQuery()
                    .processDefinitionKey("extension-request").latestVersion().singleResult();
            assertThat(latest.getVersion()).isEqualTo(2);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
            assertThat(repository.getDeploymentResourceNames(latest.getDeploymentId()))
                    .containsExactly("bpmn/extension-request.bpmn");
        }
    }
}
