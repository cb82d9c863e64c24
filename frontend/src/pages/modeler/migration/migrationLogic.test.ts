import { describe, expect, it } from 'vitest';
import { blockers, choiceComplete, instanceCounts, mappingRows, migrationRequest, progressPercent } from './migrationLogic';
import type { MigrationPlans, MigrationProgress, MigrationProposal } from './types';

const proposal: MigrationProposal = {
  sourceDefinitionId: 'action-item:1:a',
  sourceVersion: 1,
  runningInstances: 3,
  mapped: [
    { sourceActivityId: 'AcknowledgeLead', sourceName: '签收并制定工作计划', targetActivityId: 'AcknowledgeLead',
      targetName: '签收并制定工作计划', updateEventTrigger: false, problems: [] },
    { sourceActivityId: 'FinalAssessment', sourceName: '年度考核评定', targetActivityId: 'FinalAssessment',
      targetName: '年度考核评定(年终)', updateEventTrigger: false, problems: [] },
    { sourceActivityId: 'LeadAckReminder', sourceName: undefined, targetActivityId: 'SignReminder',
      targetName: undefined, updateEventTrigger: true, problems: ['事件类型不同'] },
  ],
  unmapped: [
    { activityId: 'AssignLead', name: '确定牵头单位', type: 'userTask', waiting: 2 },
    { activityId: 'AssignLeadReminder', name: '截止前提醒', type: 'boundaryEvent', waiting: 0 },
  ],
  planProblems: [],
  instances: [
    { processInstanceId: 'p1', businessKey: '苏府办〔2025〕77号-1', movable: true, problems: [] },
    { processInstanceId: 'p2', businessKey: '苏府办〔2025〕77号-2', movable: false, problems: ['实例正停在这个环节'] },
  ],
  unchecked: 1,
} as MigrationProposal;

describe('migration panel logic', () => {
  it('sends only what the choice needs, trimmed', () => {
    expect(migrationRequest('action-item', { selection: 'PLAN', docNumber: ' 苏府办〔2025〕77号 ' })).toEqual({
      processDefinitionKey: 'action-item', selection: 'PLAN', docNumber: '苏府办〔2025〕77号', processInstanceId: undefined,
    });
    expect(migrationRequest('escalation', { selection: 'ONE', processInstanceId: 'abc' }).docNumber).toBeUndefined();
    expect(choiceComplete({ selection: 'PLAN', docNumber: '  ' })).toBe(false);
    expect(choiceComplete({ selection: 'ONE', processInstanceId: 'x' })).toBe(true);
    expect(choiceComplete({ selection: 'ALL' })).toBe(true);
  });

  it('lists renamed and re-mapped activities first, marked as changed, with their problems', () => {
    const rows = mappingRows(proposal);
    expect(rows.map((row) => row.changed)).toEqual([true, true, false]);
    expect(rows[0].target).toBe('年度考核评定(年终) (FinalAssessment)');
    expect(rows[1]).toMatchObject({ source: 'LeadAckReminder', target: 'SignReminder', problems: ['事件类型不同'] });
    expect(rows[2].source).toBe('签收并制定工作计划 (AcknowledgeLead)');
  });

  it('counts the instances stranded at unmapped activities and those that can move', () => {
    expect(blockers(proposal)).toEqual({ planInvalid: false, stranded: 2 });
    expect(blockers({ ...proposal, planProblems: ['x'] }).planInvalid).toBe(true);
    const plans = { processDefinitionKey: 'action-item', targetDefinitionId: 't', targetVersion: 2,
      sources: [proposal, proposal], calledProcesses: [] } as MigrationPlans;
    expect(instanceCounts(plans)).toEqual({ chosen: 6, movable: 2, unchecked: 2 });
  });

  it('shows progress as the share of settled instances', () => {
    const progress = { total: 4, instances: [{ outcome: 'MOVED' }, { outcome: 'FAILED' }, { outcome: null }, {}] } as
      unknown as MigrationProgress;
    expect(progressPercent(progress)).toBe(50);
    expect(progressPercent({ ...progress, total: 0, instances: [] })).toBe(100);
  });
});
