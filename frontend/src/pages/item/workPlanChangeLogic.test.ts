import { describe, expect, it } from 'vitest';
import { changeDecision, draftOf, requestCells } from './workPlanChangeLogic';
import type { WorkPlan } from './types';

const PLAN: WorkPlan = {
  submittedAt: '2026-11-27T16:05:00+08:00', departmentName: '市商务局', submittedBy: 'commerce',
  periods: ['第一季度', '第二季度'], mayRequestChange: true, changeRequestedAt: null,
  rows: [
    { target: '服务企业', unit: '家', cells: [{ periodLabel: '第一季度', milestone: '启动', plannedValue: 100 },
      { periodLabel: '第二季度', milestone: '推进', plannedValue: 300 }] },
    { target: '满意度', unit: '分', cells: [{ periodLabel: '第一季度', milestone: '调查', plannedValue: null },
      { periodLabel: '第二季度', milestone: '达标', plannedValue: 85 }] },
  ],
};

describe('work plan change', () => {
  it('sends the cells period by period, target by target, as the server orders them', () => {
    const draft = draftOf(PLAN);
    draft[1][0] = { plannedValue: '80.5', milestone: ' 复查 ' };
    expect(requestCells(draft)).toEqual({ cells: [
      { plannedValue: 100, milestone: '启动' }, { plannedValue: 80.5, milestone: '复查' },
      { plannedValue: 300, milestone: '推进' }, { plannedValue: 85, milestone: '达标' },
    ] });
  });

  it('names the cell whose planned value is text or negative, or whose milestone is empty', () => {
    const draft = draftOf(PLAN);
    draft[0][1] = { plannedValue: '85分', milestone: '推进' };
    expect(requestCells(draft)).toEqual({ error: { row: 0, column: 1, message: 'workPlanChange.notANumber' } });
    draft[0][1] = { plannedValue: '-1', milestone: '推进' };
    expect(requestCells(draft)).toEqual({ error: { row: 0, column: 1, message: 'workPlanChange.notANumber' } });
    draft[0][1] = { plannedValue: '', milestone: '  ' };
    expect(requestCells(draft)).toEqual({ error: { row: 0, column: 1, message: 'workPlanChange.milestoneMissing' } });
  });

  it('reads who asked, how many cells changed and the office\'s comment from a decision', () => {
    expect(changeDecision('commerce|1/4|同意|照办')).toEqual({ requester: 'commerce', changed: '1/4', comment: '同意|照办' });
    expect(changeDecision(null)).toBeNull();
  });
});
