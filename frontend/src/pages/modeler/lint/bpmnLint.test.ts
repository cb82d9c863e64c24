import { describe, expect, it } from 'vitest';
import { lintBpmn, type BpmnIssue } from './bpmnLint';

// the models of bpmn/ (vite.config.ts allows ../bpmn)
const models = import.meta.glob<string>('../../../../../bpmn/*.bpmn', { query: '?raw', import: 'default', eager: true });

const task = (attributes: string, body = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="Start" name="开始"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task" ${attributes}>${body}<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="End" name="结束"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task" />
    <bpmn:sequenceFlow id="f2" sourceRef="Task" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

/**
 * Warnings looked at and kept (docs/processes.md, 模型检查): a rework loop back into a task or sub-process
 * (提出异议 → 确定牵头单位, 退回修改 → 牵头单位报送进展报告, 指定牵头单位后签收) — Camunda 7 merges several incoming flows
 * exclusively, exactly what a joining gateway would do, and the running instances' activity ids stay as they are.
 */
const ACCEPTED_WARNINGS = [
  'action-item.bpmn AssignLead fake-join',
  'action-item.bpmn LeadAcknowledgement fake-join',
  'reporting-period.bpmn LeadReport fake-join',
];

const rules = (issues: BpmnIssue[]) => issues.map((issue) => `${issue.elementId}:${issue.rule}:${issue.category}`);

describe('bpmnlint with PolicyFlow rules', () => {
  it('finds an unnamed user task without documentation, form or group', async () => {
    expect(rules(await lintBpmn(task('')))).toEqual(expect.arrayContaining([
      'Task:policyflow/label-required:error', 'Task:policyflow/documentation-required:error',
      'Task:policyflow/form-required:error', 'Task:policyflow/assignment-required:error',
    ]));
  });

  it('accepts a complete user task', async () => {
    const issues = await lintBpmn(task('name="审核报告" camunda:formRef="review-report" camunda:candidateGroups="coordination-office"',
      '<bpmn:documentation>协调办审核</bpmn:documentation>'));
    expect(issues.filter((issue) => issue.rule.startsWith('policyflow/'))).toEqual([]);
  });

  it('applies bpmnlint recommended and Camunda 7.24 compatibility', async () => {
    const noTtl = task('name="审核报告"').replace(' camunda:historyTimeToLive="P1D"', '');
    const found = rules(await lintBpmn(noTtl));
    expect(found).toContain('p:camunda-compat/history-time-to-live:info');
    const split = noTtl.replace('<bpmn:outgoing>f2</bpmn:outgoing>', '<bpmn:outgoing>f2</bpmn:outgoing><bpmn:outgoing>f3</bpmn:outgoing>')
      .replace('</bpmn:process>', '<bpmn:sequenceFlow id="f3" sourceRef="Task" targetRef="End" /></bpmn:process>');
    expect(rules(await lintBpmn(split))).toContain('Task:no-implicit-split:error');
  });

  // the build runs this: a model in bpmn/ with a lint error, or a warning not accepted below, fails `mvn verify`
  it.each(Object.keys(models).map((path) => path.replace(/^.*\//, '')))('bpmn/%s has no lint errors or new warnings', async (name: string) => {
    const issues = await lintBpmn(models[`../../../../../bpmn/${name}`]);
    expect(issues.filter((issue) => issue.category === 'error' || issue.category === 'warn')
      .map((issue) => `${name} ${issue.elementId} ${issue.rule}`)
      .filter((found) => !ACCEPTED_WARNINGS.includes(found))).toEqual([]);
  });
});
