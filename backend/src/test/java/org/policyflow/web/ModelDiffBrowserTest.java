package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;

/**
 * In a real Chromium (frontend/e2e/model-diff.mjs): the modeller has submitted three changes for review — a task of
 * action-item.bpmn renamed, a threshold of traffic-light.dmn changed, a field added to a form — and the
 * administrator sees each difference in 模型审核: the renamed task marked on the diagram and listed old → new, the
 * rule's cell, the new field; then returns the form's change with a reason. The other two are returned afterwards,
 * so no model of the shared application changes. Screenshots land in target/screenshots/.
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

            BrowserScript.run(port, "model-diff", ids.toArray(String[]::new));

            assertThat(sendAs("modeller", PASSWORD, "GET", "/api/models/changes/" + ids.get(2)).body())
                    .contains("\"status\":\"RETURNED\"", "表单字段请与审核组确认");
            assertThat(BrowserScript.SCREENSHOTS.resolve("30-model-diff-bpmn.png")).isNotEmptyFile();
        } finally {
            for (String id : ids) {
                postJson("admin", "/api/models/changes/" + id + "/return", "{\"reason\":\"测试结束退回\"}");
            }
        }
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
