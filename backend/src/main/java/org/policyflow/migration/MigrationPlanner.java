package org.policyflow.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.policyflow.migration.MigrationApi.MigrationAdjustment;
import org.policyflow.migration.MigrationApi.MigrationMapping;
import org.policyflow.migration.MigrationApi.MigrationUnmapped;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Generates and validates the migration plans of a process key: from each older version that still has running
 * instances to the latest, Camunda's mapEqualActivities with updateEventTriggers (timers, messages and signals
 * follow the new definitions), changed by the modeller's own mappings where ids changed. Works on the engine alone,
 * so the process tests use it as the application does.
 */
@Component
class MigrationPlanner {

    /** Activities where an instance can wait, which a plan must map for such an instance to move. */
    private static final List<Class<? extends FlowNode>> WAIT_STATES = List.of(UserTask.class, ReceiveTask.class,
            CallActivity.class, SubProcess.class, BoundaryEvent.class, IntermediateCatchEvent.class);

    /** One source version's plan; plan is null when it is invalid (then view.planProblems() says why). */
    record Planned(ProcessDefinition source, ProcessDefinition target, @Nullable MigrationPlan plan,
                   List<MigrationMapping> mapped, List<MigrationUnmapped> unmapped, List<String> planProblems) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    MigrationPlanner(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** The latest version of the key; 404 naming the field when the key was never deployed. */
    ProcessDefinition latest(String key) {
        if (key == null || key.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "processDefinitionKey：请指定流程（如 action-item）");
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        if (latest == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "processDefinitionKey：没有名为「" + key + "」的已部署流程");
        }
        return latest;
    }

    /** The older versions of the key that still have running instances, oldest first. */
    List<ProcessDefinition> sources(ProcessDefinition target) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
                .orderByProcessDefinitionVersion().asc().list().stream()
                .filter(definition -> definition.getVersion() < target.getVersion())
                .filter(definition -> runtime.createProcessInstanceQuery().processDefinitionId(definition.getId())
                        .count() > 0)
                .toList();
    }

    /** The keys the target's call activities call (their instances move with their own key's plan). */
    List<String> calledProcesses(ProcessDefinition target) {
        return model(target).getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement)
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * The plan from source to target: equal activities mapped with their event triggers updated, then the
     * adjustments of this source (a mapping elsewhere, or none), taking along the boundary events of an activity
     * mapped by hand where the new version keeps their ids. Adjustments naming unknown activities are refused
     * with 400 naming the field.
     */
    Planned plan(ProcessDefinition source, ProcessDefinition target, List<MigrationAdjustment> adjustments) {
        BpmnModelInstance from = model(source);
        BpmnModelInstance to = model(target);
        Map<String, String> changed = new LinkedHashMap<>();
        for (int i = 0; i < adjustments.size(); i++) {
            MigrationAdjustment adjustment = adjustments.get(i);
            if (!source.getId().equals(adjustment.sourceDefinitionId())) {
                continue;
            }
            if (!(from.getModelElementById(adjustment.sourceActivityId()) instanceof FlowNode)) {
                throw unknown("mappings[" + i + "].sourceActivityId", adjustment.sourceActivityId(), source);
            }
            if (adjustment.targetActivityId() != null
                    && !(to.getModelElementById(adjustment.targetActivityId()) instanceof FlowNode)) {
                throw unknown("mappings[" + i + "].targetActivityId", adjustment.targetActivityId(), target);
            }
            changed.put(adjustment.sourceActivityId(), adjustment.targetActivityId());
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> planProblems = new ArrayList<>();
        MigrationPlan plan = build(runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                .updateEventTriggers(), problems, planProblems);
        if (!changed.isEmpty()) {
            MigrationPlanBuilder adjusted = runtime.createMigrationPlan(source.getId(), target.getId());
            Map<String, String> mappings = new LinkedHashMap<>();
            plan.getInstructions().forEach(i -> mappings.put(i.getSourceActivityId(), i.getTargetActivityId()));
            mappings.putAll(changed);
            // the boundary events of an activity mapped by hand go with it where the new version keeps their ids
            for (BoundaryEvent event : from.getModelElementsByType(BoundaryEvent.class)) {
                if (!mappings.containsKey(event.getId()) && changed.get(event.getAttachedTo().getId()) != null
                        && to.getModelElementById(event.getId()) instanceof BoundaryEvent) {
                    mappings.put(event.getId(), event.getId());
                }
            }
            mappings.forEach((sourceId, targetId) -> {
                if (targetId != null) {
                    MigrationInstructionBuilder instruction = adjusted.mapActivities(sourceId, targetId);
                    if (from.getModelElementById(sourceId) instanceof CatchEvent
                            && to.getModelElementById(targetId) instanceof CatchEvent) {
                        instruction.updateEventTrigger();
                    }
                }
            });
            problems.clear();
            planProblems.clear();
            plan = build(adjusted, problems, planProblems);
        }
        boolean valid = planProblems.isEmpty();
        List<MigrationMapping> mapped = plan.getInstructions().stream()
                .map(instruction -> mapping(instruction, from, to, problems)).toList();
        return new Planned(source, target, valid ? plan : null, mapped, unmapped(source, from, plan.getInstructions()),
                planProblems);
    }

    /** Builds the plan; when it is invalid, the plan of the report (to show) and its failures in Chinese. */
    private static MigrationPlan build(MigrationPlanBuilder builder, Map<String, List<String>> problems,
                                       List<String> planProblems) {
        try {
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                String sourceId = report.getMigrationInstruction().getSourceActivityId();
                List<String> failures = report.getFailures().stream().map(MigrationFailures::chinese).toList();
                problems.computeIfAbsent(sourceId, id -> new ArrayList<>()).addAll(failures);
                failures.forEach(failure -> planProblems.add(sourceId + "：" + failure));
            }
            e.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures()
                    .forEach(failure -> planProblems.add(name + "：" + MigrationFailures.chinese(failure))));
            return e.getValidationReport().getMigrationPlan();
        }
    }

    private static MigrationMapping mapping(MigrationInstruction instruction, BpmnModelInstance from,
                                            BpmnModelInstance to, Map<String, List<String>> problems) {
        return new MigrationMapping(instruction.getSourceActivityId(), name(from, instruction.getSourceActivityId()),
                instruction.getTargetActivityId(), name(to, instruction.getTargetActivityId()),
                instruction.isUpdateEventTrigger(),
                List.copyOf(problems.getOrDefault(instruction.getSourceActivityId(), List.of())));
    }

    private List<MigrationUnmapped> unmapped(ProcessDefinition source, BpmnModelInstance from,
                                             Collection<MigrationInstruction> instructions) {
        Set<String> mapped = instructions.stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toSet());
        Map<String, Integer> waiting = management.createActivityStatisticsQuery(source.getId()).list().stream()
                .collect(Collectors.toMap(ActivityStatistics::getId, ActivityStatistics::getInstances, Integer::sum));
        Set<String> ids = new TreeSet<>();
        for (Class<? extends FlowNode> type : WAIT_STATES) {
            from.getModelElementsByType(type).forEach(node -> ids.add(node.getId()));
        }
        return ids.stream().filter(id -> !mapped.contains(id))
                .map(id -> {
                    ModelElementInstance node = from.getModelElementById(id);
                    return new MigrationUnmapped(id, name(from, id), node.getElementType().getTypeName(),
                            waiting.getOrDefault(id, 0));
                })
                .toList();
    }

    private BpmnModelInstance model(ProcessDefinition definition) {
        return repository.getBpmnModelInstance(definition.getId());
    }

    private static String name(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof FlowNode node ? node.getName() : null;
    }

    private static ResponseStatusException unknown(String field, String id, ProcessDefinition definition) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, field + "：版本 " + definition.getVersion()
                + " 中没有环节「" + id + "」");
    }
}
