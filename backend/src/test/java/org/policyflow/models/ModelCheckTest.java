package org.policyflow.models;

import org.policyflow.calendar.ReportingDeadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a deployment may contain, checked against the application's own bean definitions (scanned, never created):
 * every model of bpmn/ passes, and each way out of a model is named in the refusal.
 */
class ModelCheckTest {

    private static final ModelCheck CHECK = new ModelCheck(new ModelBeans(applicationBeans()));

    static final String ATTACK = AttackModels.beanReaching("stealHashes");

    @Test
    void everyModelOfBpmnPasses() {
        Map<String, byte[]> models = ModelDeployer.readModels();
        assertThat(models).containsKey("bpmn/action-item.bpmn").containsKey("bpmn/forms/assign-lead.form");
        assertThat(CHECK.problems(models)).isEmpty();
    }

    @Test
    void theAttackOfTheIssueIsNamedElementByElement() {
        assertThat(problems("steal.bpmn", ATTACK)).containsExactly(
                "steal.bpmn（元素 AtOnce）：定时开始事件不允许（流程会在没有发起权限的情况下自动启动）；请改为由系统或有权限的用户发起",
                "steal.bpmn（元素 ReadPassword）：表达式引用了应用内部对象「jdbcClient」；模型只能引用流程变量和 "
                        + String.join("、", new ModelBeans(applicationBeans()).names()));
    }

    @Test
    void scriptsClassesReflectionAndTheEngineAreRefused() {
        String process = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://policyflow">
                  <bpmn:process id="p" isExecutable="true">
                    <bpmn:scriptTask id="Script" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                    <bpmn:serviceTask id="Outside" camunda:class="org.policyflow.models.ModelDeployer"/>
                    <bpmn:serviceTask id="Foreign" camunda:class="java.lang.Runtime"/>
                    <bpmn:serviceTask id="Own" camunda:class="org.policyflow.calendar.ReportingDeadlines"/>
                    <bpmn:serviceTask id="Reflect" camunda:expression="${''.getClass().forName('java.lang.Runtime')}"/>
                    <bpmn:serviceTask id="Engine" camunda:expression="#{execution['processEngineServices']}"/>
                    <bpmn:serviceTask id="Delegate" camunda:delegateExpression="${sendReminder}"/>
                    <bpmn:userTask id="Listener">
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:taskListener>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Cond" sourceRef="Own" targetRef="Delegate">
                      <bpmn:conditionExpression language="javascript">true</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        List<String> problems = problems("p.bpmn", process);
        assertThat(String.join("\n", problems))
                .contains("（元素 Script）：脚本任务不允许", "（元素 Script）：脚本（scriptFormat）不允许",
                        "（元素 Outside）：类「org.policyflow.models.ModelDeployer」不允许",
                        "（元素 Foreign）：类「java.lang.Runtime」不允许",
                        "（元素 Reflect）：表达式不允许访问「getClass」", "（元素 Reflect）：表达式不允许访问「forName」",
                        "（元素 Engine）：表达式不允许访问「processEngineServices」",
                        "（元素 Listener）：脚本（camunda:script）不允许", "（元素 Cond）：脚本语言「javascript」")
                .doesNotContain("元素 Own", "元素 Delegate");
    }

    @Test
    void brokenDecisionsAndFormsAndOtherFilesAreRefused() {
        assertThat(problems("x.dmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>"))
                .containsExactly("x.dmn：文件声明了 DOCTYPE（不允许 DTD 和外部实体）");
        assertThat(problems("x.dmn", "<definitions>")).singleElement().asString()
                .startsWith("x.dmn：文件不是格式正确的 XML（第 1 行：");
        assertThat(problems("script.dmn", """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
                  <decision id="D"><decisionTable id="T"><input id="I">
                    <inputExpression id="E" expressionLanguage="javascript"><text>1</text></inputExpression>
                  </input></decisionTable></decision>
                  <decision id="J"><literalExpression id="L" expressionLanguage="juel"><text>jdbcClient</text></literalExpression></decision>
                </definitions>""")).containsExactly(
                "script.dmn（元素 E）：表达式语言「javascript」不允许（脚本以应用的权限运行），只能使用 FEEL 或 JUEL",
                "script.dmn（元素 L）：表达式引用了应用内部对象「jdbcClient」；模型只能引用流程变量和 "
                        + String.join("、", new ModelBeans(applicationBeans()).names()));
        assertThat(problems("f.form", "{\"components\": [")).containsExactly("f.form：表单不是格式正确的 JSON");
        assertThat(problems("f.form", "[1, 2]")).singleElement().asString().startsWith("f.form：不是 Camunda 表单");
        assertThat(problems("notes.cmmn", "<x/>")).singleElement().asString().startsWith("notes.cmmn：只能部署");
    }

    private static List<String> problems(String name, String content) {
        return CHECK.problems(Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    /** The application's components and the JdbcClient bean, as definitions (nothing is created). */
    private static DefaultListableBeanFactory applicationBeans() {
        GenericApplicationContext definitions = new GenericApplicationContext();
        new ClassPathBeanDefinitionScanner(definitions).scan("org.policyflow");
        definitions.registerBeanDefinition("jdbcClient", new RootBeanDefinition(JdbcClient.class));
        return definitions.getDefaultListableBeanFactory();
    }
}
