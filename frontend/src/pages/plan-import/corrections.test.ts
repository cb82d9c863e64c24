import { describe, expect, it } from 'vitest';
import {
  addSupporting, choosableBodies, editTarget, leadOf, removeSupporting, removeTarget, setLead, supportingOf, targetProblem,
  targetsOf, toRequest, warningsByItem, type Corrections,
} from './corrections';
import { served } from '../../test-utils';
import type { PlanItem, PlanPreview, Target } from './types';

const MARKET = { id: 'market-regulation', name: '市市场监管局', kind: 'MUNICIPAL' };
const FINANCE = { id: 'finance', name: '市财政局', kind: 'MUNICIPAL' };
const JUSTICE = { id: 'justice', name: '市司法局', kind: 'MUNICIPAL' };
const TARGET = served<Target>({ text: '培育企业20家以上', value: 20, unit: '家', comparator: 'AT_LEAST', deadline: null });

function item(number: number, line: number, lead = MARKET as PlanItem['lead']): PlanItem {
  return served<PlanItem>({
    number, label: `(${number})`, section: 1, title: `事项${number}`, text: '', lead, supporting: [], implementers: [],
    targets: [TARGET, { ...TARGET, text: '服务企业300家', value: 300 }], responsibilityNote: null, line,
  });
}

const preview = (items: PlanItem[], warnings: PlanPreview['warnings']) => served<PlanPreview>({
  title: 't', issuer: null, docNumber: null, published: null, year: 2025, sections: [], items, warnings,
  newBodies: [{ id: 'body-1', name: '某新单位', kind: 'OTHER' }], existingPlanId: null,
});

describe('import corrections', () => {
  it('records a changed lead and forgets it when the lead as read is chosen again', () => {
    const first = item(1, 3);
    let corrections: Corrections = setLead({}, first, 'finance');
    expect(toRequest(corrections)).toEqual([{ item: 1, lead: 'finance' }]);
    expect(leadOf(corrections, first, [MARKET, FINANCE])).toEqual(FINANCE);

    corrections = setLead(corrections, first, 'market-regulation');
    expect(toRequest(corrections)).toEqual([]);
  });

  it('sends an empty lead to remove it, and keeps lead and target changes of one item together', () => {
    const first = item(1, 3);
    let corrections = setLead({}, first, '');
    corrections = removeTarget(corrections, first, 0);
    expect(leadOf(corrections, first, [MARKET])).toBeNull();
    expect(toRequest(corrections)).toEqual([{ item: 1, lead: '', targets: [{ ...TARGET, text: '服务企业300家', value: 300 }] }]);
  });

  it('replaces the whole target list of an edited item, and drops the change once it is undone', () => {
    const second = item(2, 9);
    let corrections = editTarget({}, second, 1, { value: 250 });
    expect(targetsOf(corrections, second).map((target) => target.value)).toEqual([20, 250]);
    expect(toRequest(corrections)[0].targets).toHaveLength(2);

    corrections = editTarget(corrections, second, 1, { value: 300 });
    expect(corrections).toEqual({});
  });

  it('adds, removes and replaces supporting bodies, never the lead, and forgets a change that is undone', () => {
    const first = { ...item(1, 3), supporting: [{ ...FINANCE, writtenAs: '财政局' }] };
    const bodies = [MARKET, FINANCE, JUSTICE];
    expect(addSupporting({}, first, bodies, 'market-regulation')).toEqual({}); // the lead
    expect(addSupporting({}, first, bodies, 'finance')).toEqual({}); // listed already

    let corrections = removeSupporting({}, first, bodies, 'finance');
    corrections = addSupporting(corrections, first, bodies, 'justice');
    expect(toRequest(corrections)).toEqual([{ item: 1, supporting: ['justice'] }]);
    expect(supportingOf(corrections, first, bodies).map((body) => body.name)).toEqual(['市司法局']);

    corrections = addSupporting(removeSupporting(corrections, first, bodies, 'justice'), first, bodies, 'finance');
    expect(corrections).toEqual({});
    // the document's own wording stays with a body it named
    expect(supportingOf(corrections, first, bodies)[0].writtenAs).toBe('财政局');
  });

  it('does not list the chosen lead among the supporting bodies', () => {
    const first = { ...item(1, 3), supporting: [{ ...FINANCE, writtenAs: null }] };
    expect(supportingOf(setLead({}, first, 'finance'), first, [MARKET, FINANCE])).toEqual([]);
  });

  it('flags targets the server would refuse', () => {
    expect(targetProblem(TARGET)).toBeNull();
    expect(targetProblem({ ...TARGET, value: NaN })).toBe('workbench:planImport.target.valueInvalid');
    expect(targetProblem({ ...TARGET, unit: '' })).toBe('workbench:planImport.target.unitInvalid');
  });

  it('puts each warning on the item whose lines hold it, and document warnings on top', () => {
    const read = preview([item(1, 3), item(2, 9)], [
      { line: 0, message: '整体' }, { line: 1, message: '标题' }, { line: 4, message: '一' }, { line: 12, message: '二' },
    ]);
    const { general, byItem } = warningsByItem(read);
    expect(general.map((w) => w.message)).toEqual(['整体', '标题']);
    expect(byItem[1].map((w) => w.message)).toEqual(['一']);
    expect(byItem[2].map((w) => w.message)).toEqual(['二']);
  });

  it('offers the registry and the bodies the plan creates as leads', () => {
    expect(choosableBodies([MARKET], preview([], [])).map((b) => b.id)).toEqual(['market-regulation', 'body-1']);
  });
});
