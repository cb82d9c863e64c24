import { describe, expect, it } from 'vitest';
import { diagramMarkers, itemIdOf, shanghaiTime, splitDetail } from './itemLogic';

const EVENT = { at: '2026-11-27T16:05:09+08:00', kind: 'REPORT', outcome: 'GREEN', departmentName: '市市场监管局',
  actor: 'market-regulation', actorName: '市市场监管局 工作人员', periodLabel: '2025年第四季度', detail: '2|本期进展|含竖线' };

describe('item page logic', () => {
  it('reads the item number of the address, and nothing from a word', () => {
    expect(itemIdOf('42')).toBe(42);
    expect(itemIdOf('abc')).toBeNull();
    expect(itemIdOf('4a')).toBeNull();
    expect(itemIdOf('0')).toBeNull();
    expect(itemIdOf(undefined)).toBeNull();
  });

  it('shows Shanghai time to the minute', () => {
    expect(shanghaiTime(EVENT.at)).toBe('2026-11-27 16:05');
  });

  it('splits a report revision and an assessment score from their text', () => {
    expect(splitDetail(EVENT)).toEqual({ prefix: '2', text: '本期进展|含竖线' });
    expect(splitDetail({ ...EVENT, kind: 'ASSESSMENT', detail: '90|完成良好' })).toEqual({ prefix: '90', text: '完成良好' });
    expect(splitDetail({ ...EVENT, kind: 'REVIEW', detail: '请补充数据' })).toEqual({ prefix: null, text: '请补充数据' });
  });

  it('marks current activities over passed ones', () => {
    expect(diagramMarkers(['Start', 'Ack'], ['Ack', 'Report'])).toEqual([
      { id: 'Ack', marker: 'current' }, { id: 'Report', marker: 'current' }, { id: 'Start', marker: 'passed' },
    ]);
  });
});
