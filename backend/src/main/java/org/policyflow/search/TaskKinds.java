package org.policyflow.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.policyflow.engine.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * The kinds of user task by the names the deployed models give them (签收并制定工作计划, 审核进展报告): a task's own
 * title carries its item too, which the search matches through the items. Each model version is read once.
 */
@Component
class TaskKinds {

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    /** Task definition key → name, by process definition id (a deployed version never changes). */
    private final Map<String, Map<String, String>> names = new ConcurrentHashMap<>();

    TaskKinds(RepositoryService repositoryService, IdentityService identityService) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    /** The task definition keys of the latest models whose task name contains the text. */
    Set<String> keysNamed(String text) {
        Set<String> keys = new TreeSet<>();
        for (ProcessDefinition definition : EngineAsSystem.call(identityService,
                () -> repositoryService.createProcessDefinitionQuery().latestVersion().list())) {
            names.computeIfAbsent(definition.getId(), this::userTasks).forEach((key, name) -> {
                if (name.contains(text)) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private Map<String, String> userTasks(String definitionId) {
        return repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getName() != null)
                .collect(Collectors.toMap(UserTask::getId, UserTask::getName, (first, second) -> first));
    }
}
