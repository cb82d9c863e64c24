package org.policyflow.models;

/** Models an attacker would deploy, shared by the check's own tests and the tests over HTTP. */
public final class AttackModels {

    private AttackModels() {
    }

    /**
     * Issue 14, item 3: a process whose timer start event lies in the past (so it starts without anyone's start
     * permission) and whose service task reads the administrator's password hash through the {@code jdbcClient} bean.
     */
    public static String beanReaching(String processKey) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://policyflow">
                  <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="AtOnce">
                      <bpmn:timerEventDefinition id="AtOnceTimer"><bpmn:timeDate>2020-01-01T00:00:00</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="AtOnce" targetRef="ReadPassword"/>
                    <bpmn:serviceTask id="ReadPassword" camunda:resultVariable="hash"
                        camunda:expression="${jdbcClient.sql(&quot;select PWD_ from ACT_ID_USER where ID_='admin'&quot;).query().singleValue()}"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="ReadPassword" targetRef="Wait"/>
                    <bpmn:userTask id="Wait"/>
                    <bpmn:sequenceFlow id="f3" sourceRef="Wait" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.replace("KEY", processKey);
    }
}
