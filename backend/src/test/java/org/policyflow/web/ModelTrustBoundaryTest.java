package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.policyflow.reporting.SendReminder;
import org.policyflow.models.AttackModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "models cannot reach the application" and "typed variables only", over real HTTP as the modeller and
 * the administrator: a model that names application beans, scripts or a timer start is refused whole with one 400
 * listing what is wrong; the engine's expressions resolve only PolicyFlow's delegates even for a model that got
 * past the check; Object variables naming arbitrary classes are never instantiated, and answered with a 4xx.
 */
class ModelTrustBoundaryTest extends RunningApplication {

    private static final String MODELLER = "modeller";
    private static final String ATTACK = AttackModels.beanReaching("stealHashes");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void aModelThatReachesTheApplicationIsRefusedWholeWithTheListOfWhatIsWrong() throws InterruptedException {
        long deployments = count("ACT_RE_DEPLOYMENT");

        HttpResponse<String> answer = deploy("steal.bpmn", ATTACK);

        if (answer.statusCode() != 400) {
            throw new AssertionError("deployed with " + answer.statusCode() + "; the stolen hash: " + stolenHash());
        }
        assertThat(answer.body()).contains("模型未通过检查，未部署任何内容", "steal.bpmn（元素 AtOnce）：定时开始事件不允许",
                "steal.bpmn（元素 ReadPassword）：表达式引用了应用内部对象「jdbcClient」");
        assertThat(count("ACT_RE_DEPLOYMENT")).isEqualTo(deployments);
        assertThat(jdbc.sql("select count(*) from ACT_RE_PROCDEF where KEY_ = 'stealHashes'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDecisionWithADoctypeAndABrokenFormAreAnswered400() {
        long deployments = count("ACT_RE_DEPLOYMENT");

        HttpResponse<String> doctype = deploy("xxe.dmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                + "id=\"d\" name=\"&e;\" namespace=\"x\"/>");
        HttpResponse<String> form = deploy("broken.form", "{\"id\": \"broken\", \"components\": [");
        HttpResponse<String> notAForm = deploy("list.form", "[1, 2, 3]");

        assertThat(doctype.statusCode()).as(doctype.body()).isEqualTo(400);
        assertThat(doctype.body()).contains("xxe.dmn：文件声明了 DOCTYPE");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
        assertThat(form.body()).contains("broken.form：表单不是格式正确的 JSON");
        assertThat(notAForm.statusCode()).as(notAForm.body()).isEqualTo(400);
        assertThat(notAForm.body()).contains("list.form：不是 Camunda 表单");
        assertThat(count("ACT_RE_DEPLOYMENT")).isEqualTo(deployments);
    }

    /**
     * The deployment check covers the Java API too, so a model with such an expression cannot be deployed at all;
     * here the engine's own expression manager evaluates them on a real execution, as a model that slipped through
     * would.
     */
    @Test
    void expressionsResolveOnlyPolicyFlowsDelegatesEvenPastTheCheck() {
        String execution = runtimeService.createExecutionQuery().processDefinitionKey("action-item").listPage(0, 1)
                .get(0).getId();

        assertThat(evaluate(execution, "${sendReminder}")).isInstanceOf(SendReminder.class);
        assertThat(evaluate(execution, "${itemLabel.length() > 0}")).isEqualTo(true);
        assertThatThrownBy(() -> evaluate(execution, "${jdbcClient.sql('select PWD_ from ACT_ID_USER').query()"
                + ".singleValue()}")).hasMessageContaining("jdbcClient");
        assertThatThrownBy(() -> evaluate(execution, "${dataSource}")).hasMessageContaining("dataSource");
        assertThatThrownBy(() -> evaluate(execution, "${''.getClass().forName('java.lang.Runtime')}"))
                .hasMessageContaining("getClass");
        assertThatThrownBy(() -> evaluate(execution, "${execution['processEngineServices'].identityService}"))
                .hasMessageContaining("processEngineServices");
        // DMN's JUEL goes through the same manager
        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> engine
                .getDmnEngineConfiguration().getElProvider().createExpression("${jdbcClient}")
                .getValue(Variables.emptyVariableContext()))).hasMessageContaining("jdbcClient");
    }

    @Test
    void anObjectVariableNamingAnArbitraryClassIsNeverInstantiatedAndAnswered4xx() {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .listPage(0, 1).get(0).getId();
        String name = "probe" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/engine-rest/process-instance/" + instance + "/variables/" + name;
        try {
            HttpResponse<String> set = send("admin", "PUT", path, "application/json", BodyPublishers.ofString("""
                    {"value": "\\"/etc/passwd\\"", "type": "Object",
                     "valueInfo": {"objectTypeName": "java.io.File", "serializationDataFormat": "application/json"}}
                    """, StandardCharsets.UTF_8));
            assertThat(set.statusCode()).as(set.body()).isEqualTo(400);
            assertThat(set.body()).contains("对象类型「java.io.File」不允许");
            assertThat(runtimeService.getVariable(instance, name)).isNull();

            // what PolicyFlow stores itself (department ids) is still accepted
            HttpResponse<String> list = send("admin", "PUT", path, "application/json", BodyPublishers.ofString("""
                    {"value": "[\\"kunshan\\"]", "type": "Object", "valueInfo": {
                     "objectTypeName": "java.util.ArrayList<java.lang.String>",
                     "serializationDataFormat": "application/json"}}
                    """, StandardCharsets.UTF_8));
            assertThat(list.statusCode()).as(list.body()).isEqualTo(204);
            assertThat(runtimeService.getVariable(instance, name)).isEqualTo(List.of("kunshan"));

            HttpResponse<String> serialized = send("admin", "PUT", path, "application/json",
                    BodyPublishers.ofString("""
                            {"value": "rO0ABXQABGV2aWw=", "type": "Object",
                             "valueInfo": {"objectTypeName": "java.lang.String",
                                           "serializationDataFormat": "application/x-java-serialized-object"}}
                            """, StandardCharsets.UTF_8));
            assertThat(serialized.statusCode()).as(serialized.body()).isEqualTo(400);
            assertThat(serialized.body()).contains("Java 序列化");
        } finally {
            runtimeService.removeVariable(instance, name);
        }
    }

    private Object evaluate(String executionId, String expression) {
        return engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
                .createExpression(expression).getValue(context.getExecutionManager().findExecutionById(executionId)));
    }

    /** What the attack would have stolen, had the model been deployed (for the failure message). */
    private String stolenHash() throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            HistoricVariableInstance hash = historyService.createHistoricVariableInstanceQuery().variableName("hash")
                    .processDefinitionKey("stealHashes").singleResult();
            if (hash != null) {
                return String.valueOf(hash.getValue());
            }
            Thread.sleep(1000);
        }
        return "none within 30 s";
    }

    private HttpResponse<String> deploy(String fileName, String content) {
        String boundary = "model-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "policyflow-models\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                + "--\r\n";
        return send(MODELLER, "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
