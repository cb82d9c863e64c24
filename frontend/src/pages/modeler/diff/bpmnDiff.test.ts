import { describe, expect, it } from 'vitest';
import { diffBpmn } from './bpmnDiff';

const models = import.meta.glob<string>('../../../../../bpmn/*.bpmn', { query: '?raw', import: 'default', eager: true });
const actionItem = models['../../../../../bpmn/action-item.bpmn'];
const reportingPeriod = models['../../../../../bpmn/reporting-period.bpmn'];

describe('BPMN difference', () => {
  it('finds nothing between a model and itself', async () => {
    expect(await diffBpmn(actionItem, actionItem)).toEqual([]);
  });

  it('names a renamed task with its old and new name, nothing else', async () => {
    const renamed = actionItem.replace('name="确定牵头单位" camunda:formRef', 'name="确定牵头责任单位" camunda:formRef');
    expect(await diffBpmn(actionItem, renamed)).toEqual([{
      id: 'AssignLead', label: '确定牵头责任单位', type: 'bpmn:UserTask', kind: 'changed',
      properties: [{ property: 'name', before: '确定牵头单位', after: '确定牵头责任单位' }],
    }]);
  });

  it('sees documentation, form references, camunda inputs and timers', async () => {
    const edited = actionItem
      .replace('协调办公室确定牵头单位:事项未写明', '协调办公室确定牵头单位:事项尚未写明')
      .replace('camunda:formRef="assign-lead"', 'camunda:formRef="assign-lead-2"')
      .replace('${assignLeadReminderAt}', '${assignLeadReminderAt2}')
      .replace('<camunda:inputParameter name="reminderKind">REMINDER</camunda:inputParameter>',
        '<camunda:inputParameter name="reminderKind">URGE</camunda:inputParameter>');
    const changes = await diffBpmn(actionItem, edited);
    const byId = Object.fromEntries(changes.map((change) => [change.id, change.properties.map((p) => `${p.property}: ${p.before} → ${p.after}`)]));
    expect(byId.AssignLead).toEqual([
      expect.stringMatching(/^camunda:formRef: assign-lead → assign-lead-2$/),
      expect.stringMatching(/^documentation: 协调办公室确定牵头单位:事项未写明.* → 协调办公室确定牵头单位:事项尚未写明/),
    ]);
    expect(byId.AssignLeadReminder).toEqual(['eventDefinitions.timeDate: ${assignLeadReminderAt} → ${assignLeadReminderAt2}']);
    expect(byId.RemindAssignLead).toEqual(['extensionElements.camunda:inputOutput.inputParameters[reminderKind].value: REMINDER → URGE']);
  });

  it('lists an added task with its properties and a removed one', async () => {
    const added = reportingPeriod.replace('</bpmn:process>',
      '<bpmn:userTask id="ExtraCheck" name="复核" camunda:candidateGroups="coordination-office" /></bpmn:process>');
    const changes = await diffBpmn(reportingPeriod, added);
    expect(changes).toEqual([{
      id: 'ExtraCheck', label: '复核', type: 'bpmn:UserTask', kind: 'added',
      properties: [{ property: 'camunda:candidateGroups', before: '', after: 'coordination-office' }, { property: 'name', before: '', after: '复核' }],
    }]);
    expect((await diffBpmn(added, reportingPeriod)).map((change) => `${change.kind} ${change.id}`)).toEqual(['removed ExtraCheck']);
  });
});
