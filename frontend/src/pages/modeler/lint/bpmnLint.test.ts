import { describe, expect, it } from 'vitest';
import { lint, lintElement, type BusinessObject } from './lint';

describe('model lint', () => {
  it('finds unnamed elements, undocumented user tasks, tasks without form or group', () => {
    const problems = lint([
      { id: 'Task_1', type: 'bpmn:UserTask' },
      { id: 'Start', type: 'bpmn:StartEvent', name: '事项导入' },
      { id: 'Split', type: 'bpmn:ExclusiveGateway', outgoing: 2 },
      { id: 'Join', type: 'bpmn:ExclusiveGateway', outgoing: 1 },
      { id: 'Flow', type: 'bpmn:SequenceFlow' },
    ]);
    expect(problems.map((p) => `${p.elementId}:${p.rule}`)).toEqual([
      'Task_1:label-required', 'Task_1:documentation-required', 'Task_1:form-required', 'Task_1:assignment-required',
      'Split:gateway-label-required',
    ]);
  });

  it('accepts a complete user task', () => {
    expect(lint([{
      id: 'Review', type: 'bpmn:UserTask', name: '审核报告', documentation: '协调办审核', formRef: 'review-report',
      candidateGroups: 'coordination-office',
    }])).toEqual([]);
  });

  it('reads names, documentation and camunda attributes from a business object', () => {
    const attributes: Record<string, string> = { 'camunda:formRef': 'report', 'camunda:candidateGroups': '${lead}' };
    const bo: BusinessObject = {
      id: 'T', $type: 'bpmn:UserTask', name: '编报', documentation: [{ text: '说明' }], outgoing: [{}],
      get: (name) => attributes[name],
    };
    expect(lintElement(bo)).toEqual({
      id: 'T', type: 'bpmn:UserTask', name: '编报', documentation: '说明', formRef: 'report', formKey: undefined,
      assignee: undefined, candidateGroups: '${lead}', outgoing: 1,
    });
  });
});
