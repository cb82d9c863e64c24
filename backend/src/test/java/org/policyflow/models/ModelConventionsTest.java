package org.policyflow.models;

import org.policyflow.engine.TaskTitle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The conventions every model in bpmn/ keeps, so that it opens in Camunda Modeler with a complete diagram and its
 * tasks show up in Tasklist with a form, a candidate group, a due date and a title naming item and period.
 */
class ModelConventionsTest {

    private static final Map<String, byte[]> MODELS = ModelDeployer.readModels();

    private static Map<String, BpmnModelInstance> processes() {
        return MODELS.entrySet().stream().filter(e -> e.getKey().endsWith(".bpmn")).collect(Collectors.toMap(
                Map.Entry::getKey, e -> Bpmn.readModelFromStream(new ByteArrayInputStream(e.getValue()))));
    }

    private static Set<String> formIds() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (var entry : MODELS.entrySet()) {
            if (entry.getKey().endsWith(".form")) {
                ids.add(json.readTree(entry.getValue()).get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void everyModelTargetsCamunda724AndKeepsHistoryForAWhile() {
        assertThat(processes()).containsKeys("bpmn/action-item.bpmn", "bpmn/reporting-period.bpmn",
                "bpmn/extension-request.bpmn");
        MODELS.forEach((name, content) -> {
            if (!name.endsWith(".form")) {
                assertThat(new String(content, StandardCharsets.UTF_8)).as(name)
                        .contains("modeler:executionPlatformVersion=\"7.24.0\"").contains("historyTimeToLive=\"1825\"");
            }
        });
    }

    @Test
    void everyElementIsNamedInChineseAndDrawnAndEveryTaskDocumented() {
        processes().forEach((name, model) -> {
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getName()).as(name + " " + node.getId()).matches(".*\\p{IsHan}.*");
                assertThat(shapes).as(name + " shape").contains(node.getId());
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as(name + " edge").contains(flow.getId());
            }
            for (Task task : model.getModelElementsByType(Task.class)) {
                assertThat(task.getDocumentations()).as(name + " " + task.getId()).isNotEmpty();
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getName()).as(name).matches(".*\\p{IsHan}.*");
            }
        });
    }

    @Test
    void everyUserTaskHasFormGroupDueDateAndTitle() throws Exception {
        Set<String> forms = formIds();
        processes().forEach((name, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = name + " " + task.getId();
                assertThat(forms).as(where).contains(task.getCamundaFormRef());
                assertThat(task.getCamundaFormRefBinding()).as(where).isEqualTo("latest");
                assertThat(task.getCamundaCandidateGroups()).as(where).isNotBlank();
                assertThat(task.getCamundaDueDate()).as(where).isNotBlank();
                var extensions = task.getExtensionElements().getElementsQuery();
                assertThat(extensions.filterByType(CamundaTaskListener.class).list()).as(where)
                        .anyMatch(listener -> TaskTitle.class.getName().equals(listener.getCamundaClass()));
                assertThat(extensions.filterByType(CamundaInputOutput.class).singleResult()
                        .getCamundaInputParameters()).as(where)
                        .extracting(CamundaInputParameter::getCamundaName).contains("taskTitle");
            }
        });
    }
}
