package org.policyflow.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level bpmn/ folder (packaged on the classpath under {@code bpmn/}) when the
 * application starts. Resource names are stable ({@code bpmn/forms/report.form}) whether the app runs from the jar,
 * from {@code mvn spring-boot:run} or in a test, and only changed resources are deployed, so an unchanged model
 * never gets a new version and an edited one gets exactly one.
 */
@Component
@Order(ModelDeployer.ORDER)
class ModelDeployer implements ApplicationRunner {

    /** Runs before every other start-up step (such as importing the seed plan) that needs the models. */
    public static final int ORDER = 0;

    /** The name of every deployment made from bpmn/; duplicate filtering compares against the last one of it. */
    public static final String DEPLOYMENT_NAME = "policyflow-models";

    static final String FOLDER = "bpmn/";
    /**
     * Deployment source of deployments made from bpmn/. The engine compares resources for duplicate filtering only
     * with deployments of the same name and source, so a version deployed from the in-app modeler (another source)
     * stays the latest until the file in bpmn/ itself changes.
     */
    static final String SOURCE = FOLDER;
    private static final String[] EXTENSIONS = {"bpmn", "dmn", "form"};
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy(readModels());
    }

    /**
     * Deploys those of the given resources (name → content) that differ from the last deployment of bpmn/.
     *
     * @return the deployment made, or {@code null} if nothing had changed
     */
    public Deployment deploy(Map<String, byte[]> resources) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(true);
        resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        String previous = latestDeploymentId();
        Deployment deployment = builder.deploy();
        if (deployment.getId().equals(previous)) {
            log.info("Models in bpmn/ unchanged ({} resources): nothing deployed", resources.size());
            return null;
        }
        log.info("Deployed changed models from bpmn/ as deployment {}: {}", deployment.getId(),
                repositoryService.getDeploymentResourceNames(deployment.getId()));
        return deployment;
    }

    private String latestDeploymentId() {
        return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).deploymentSource(SOURCE)
                .orderByDeploymentTime().desc().listPage(0, 1).stream()
                .map(Deployment::getId).findFirst().orElse(null);
    }

    /** Reads bpmn/ from the classpath, keyed by stable names such as {@code bpmn/forms/report.form}. */
    static Map<String, byte[]> readModels() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> models = new TreeMap<>();
        try {
            String root = resolver.getResource("classpath:" + FOLDER).getURL().toString();
            for (String extension : EXTENSIONS) {
                for (Resource resource : resolver.getResources("classpath*:" + FOLDER + "**/*." + extension)) {
                    String url = resource.getURL().toString();
                    if (!url.startsWith(root)) {
                        continue; // a bpmn/ folder of some library on the classpath
                    }
                    try (InputStream in = resource.getInputStream()) {
                        models.put(FOLDER + url.substring(root.length()), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models in bpmn/", e);
        }
        return models;
    }
}
