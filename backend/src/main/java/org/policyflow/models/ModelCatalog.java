package org.policyflow.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.policyflow.engine.EngineClock;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * The models as deployed: every resource of the deployments named {@link ModelDeployer#DEPLOYMENT_NAME} (made at
 * start-up from bpmn/ or by the in-app modeler), its latest version and the history of its versions. Deployments
 * hold only the resources that changed, so a resource's latest version is in the newest deployment that holds it.
 */
@Service
class ModelCatalog {

    enum Kind { BPMN, DMN, FORM }

    /**
     * One deployed version of a resource.
     *
     * @param definitionKey    process or decision key (null for forms)
     * @param version          the definition's version; for forms the count of deployments holding it so far
     * @param runningInstances process instances of this very version still running (null for DMN and forms)
     */
    record ModelVersion(String resourceName, Kind kind, String deploymentId, String resourceId,
                        OffsetDateTime deployedAt, String source, @Nullable String definitionId,
                        @Nullable String definitionKey, @Nullable String definitionName, int version,
                        @Nullable Long runningInstances) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    ModelCatalog(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** The latest version of every deployed model, by resource name. */
    List<ModelVersion> latest() {
        Map<String, ModelVersion> latest = new LinkedHashMap<>();
        history().forEach(version -> latest.put(version.resourceName(), version));
        return latest.values().stream()
                .sorted((a, b) -> a.resourceName().compareTo(b.resourceName())).toList();
    }

    /** Every version of one resource, newest first; empty if it was never deployed. */
    List<ModelVersion> versions(String resourceName) {
        List<ModelVersion> versions = new ArrayList<>(history().stream()
                .filter(version -> version.resourceName().equals(resourceName)).toList());
        Collections.reverse(versions);
        return versions;
    }

    /** Every resource of every model deployment, oldest deployment first. */
    private List<ModelVersion> history() {
        Map<String, Integer> formVersions = new LinkedHashMap<>();
        List<ModelVersion> history = new ArrayList<>();
        for (Deployment deployment : repositoryService.createDeploymentQuery()
                .deploymentName(ModelDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().asc().list()) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                kindOf(resource.getName()).ifPresent(kind -> history.add(
                        version(deployment, resource, kind, formVersions)));
            }
        }
        return history;
    }

    private ModelVersion version(Deployment deployment, Resource resource, Kind kind,
                                 Map<String, Integer> formVersions) {
        OffsetDateTime deployedAt = at(deployment.getDeploymentTime());
        if (kind == Kind.FORM) {
            return plain(deployment, resource, kind, deployedAt, formVersions.merge(resource.getName(), 1, Integer::sum));
        }
        List<? extends ResourceDefinition> definitions = kind == Kind.BPMN
                ? repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()
                : repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list();
        return definitions.stream().filter(definition -> resource.getName().equals(definition.getResourceName()))
                .findFirst()
                .map(definition -> new ModelVersion(resource.getName(), kind, deployment.getId(), resource.getId(),
                        deployedAt, deployment.getSource(), definition.getId(), definition.getKey(),
                        definition.getName(), definition.getVersion(), kind == Kind.BPMN
                                ? runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId())
                                        .count()
                                : null))
                .orElseGet(() -> plain(deployment, resource, kind, deployedAt, 0));
    }

    private static ModelVersion plain(Deployment deployment, Resource resource, Kind kind, OffsetDateTime deployedAt,
                                      int version) {
        return new ModelVersion(resource.getName(), kind, deployment.getId(), resource.getId(), deployedAt,
                deployment.getSource(), null, null, null, version, null);
    }

    static Optional<Kind> kindOf(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return Optional.of(Kind.BPMN);
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return Optional.of(Kind.DMN);
        }
        return name.endsWith(".form") ? Optional.of(Kind.FORM) : Optional.empty();
    }

    private static OffsetDateTime at(Date time) {
        return time.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    }
}
