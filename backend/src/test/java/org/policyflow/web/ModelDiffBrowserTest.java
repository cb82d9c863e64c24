package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;

/**
 * In a real Chromium (frontend/e2e/model-diff.mjs): the modeller has submitted three changes for review — a task of
 * action-item.bpmn renamed, a threshold of traffic-light.dmn changed, a field added to a form — and the
 * administrator finds the first as 审核模型变更 in 我的待办, goes from its task page to 模型审核 and sees each
 * difference: the renamed task marked on the diagram and listed old → new, the rule's cell, the new field; then
 * returns the form's change with a reason. The other two are returned afterwards,
 * so no model of the shared application changes; the version comparison runs on two versions of a model of its own
 * (approved through the review). Screenshots land in target/screenshots/.
 */
class ModelDiffBrowserTest extends RunningApplication {

    private static final Path MODELS = Path.of("..", "bpmn").toAbsolutePath().normalize();

    @Test
    void administratorSeesWhatEachChangeChanges() throws Exception {
        List<String> ids = new ArrayList<>();
        try {
            ids.add(submit("bpmn/action-item.bpmn", read("action-item.bpmn")
                    .replace("name=\"确定牵头单位\" camunda:formRef", "name=\"确定牵头责任单位\" camunda:formRef")));
            ids.add(submit("bpmn/traffic-light.dmn", read("traffic-light.dmn").replace(
                    "<inputEntry id=\"RedWhenFarBehind_Ratio\"><text>&lt; 0.6</text>",
                    "<inputEntry id=\"RedWhenFarBehind_Ratio\"><text>&lt; 0.5</text>")));
            ids.add(submit("bpmn/forms/acknowledge-part.form", read("forms/acknowledge-part.form").replace(
                    "\"components\": [", "\"components\": [\n    {\"key\": \"contactPhone\", \"type\": \"textfield\","
                            + " \"label\": \"联系电话\", \"id\": \"contactPhone_field\"},")));

            String versioned = "bpmn/diff-" + UUID.randomUUID() + ".bpmn";
            String key = "diff_" + UUID.randomUUID().toString().replace("-", "");
            deploy(versioned, process(key, false));
            deploy(versioned, process(key, true));

            BrowserScript.run(port, "model-diff", ids.get(0), ids.get(1), ids.get(2), versioned);

            assertThat(sendAs("modeller", PASSWORD, "GET", "/api/models/changes/" + ids.get(2)).body())
                    .contains("\"status\":\"RETURNED\"", "表单字段请与审核组确认");
            assertThat(BrowserScript.SCREENSHOTS.resolve("30-model-diff-bpmn.png")).isNotEmptyFile();
        } finally {
            for (String id : ids) {
                postJson("admin", "/api/models/changes/" + id + "/return", "{\"reason\":\"测试结束退回\"}");
            }
        }
    }

    /** Version 1 and 2 of a model of its own for the version comparison, through the review. */
    private void deploy(String resource, String content) {
        String id = submit(resource, content);
        HttpResponse<String> approved = postJson("admin", "/api/models/changes/" + id + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    /** A process with a start event and, in version 2, a task, each drawn (the viewer draws what has a shape). */
    private static String process(String key, boolean withTask) {
        String task = withTask ? "<bpmn:userTask id=\"Recheck\" name=\"复核\"/>" : "";
        String taskShape = withTask ? "<bpmndi:BPMNShape bpmnElement=\"Recheck\"><dc:Bounds x=\"200\" y=\"80\""
                + " width=\"100\" height=\"80\"/></bpmndi:BPMNShape>" : "";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
                + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
                + " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\""
                + " targetNamespace=\"http://policyflow.org/t\">"
                + "<bpmn:process id=\"%s\" name=\"版本比较\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                + "<bpmn:startEvent id=\"Start\" name=\"开始\"/>%s</bpmn:process>"
                + "<bpmndi:BPMNDiagram id=\"Diagram\"><bpmndi:BPMNPlane id=\"Plane\" bpmnElement=\"%s\">"
                + "<bpmndi:BPMNShape bpmnElement=\"Start\"><dc:Bounds x=\"100\" y=\"102\" width=\"36\" height=\"36\"/>"
                + "</bpmndi:BPMNShape>%s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>")
                .formatted(key, task, key, taskShape);
    }

    private String submit(String resource, String content) {
        HttpResponse<String> answer = postJson("modeller", "/api/models/changes",
                "{\"resourceName\":" + quote(resource) + ",\"content\":" + quote(content) + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return answer.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
    }

    private static String read(String name) throws IOException {
        return Files.readString(MODELS.resolve(name));
    }
}
