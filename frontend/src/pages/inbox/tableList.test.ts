import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { Form } from '@bpmn-io/form-js-viewer';
import { pivot, tableListModule } from './tableList';
import { formJsTranslateModule } from './formLocale';
import source from '../../../../bpmn/forms/acknowledge-lead.form?raw';
import review from '../../../../bpmn/forms/work-plan-change-review.form?raw';

// the work plan as AcknowledgeLeadCreated prefills it: period by period, a row per target
const periods = ['2025年第三季度', '2025年第四季度'];
const targets = [{ target: '新增城市更新项目', unit: '个' }, { target: '群众满意度', unit: '%' }, { target: '出台实施细则', unit: null }];
const milestones = periods.flatMap((period, p) => targets.map((t, i) => ({
  ...t, period, plannedValue: null, milestone: p === 1 && i === 2 ? '' : `${t.target}${period}目标`, periodId: p + 1, targetId: i + 1,
})));

let form: Form | null = null;
afterEach(() => {
  form?.destroy();
  form = null;
  document.body.innerHTML = '';
});

async function render(modules: unknown[] = [formJsTranslateModule, tableListModule]) {
  const container = document.createElement('div');
  document.body.append(container);
  form = new Form({ container, additionalModules: modules });
  await form.importSchema(JSON.parse(source), { itemLabel: '(四) 测试事项', acknowledgement: 'accept', milestones });
  return container;
}

describe('the work plan as a table', () => {
  it('pivots the list: a row per target, a column per period, in the order given', () => {
    const grid = pivot(milestones, 'target', 'period');
    expect(grid.rows).toEqual(targets.map((t) => t.target));
    expect(grid.columns).toEqual(periods);
    expect(grid.at.size).toBe(6);
  });

  it('draws one row per target and one column per period with no internal number, the unit beside the value', async () => {
    const container = await render();
    const table = container.querySelector('.pf-table-list table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['指标', ...periods]);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(targets.map((t) => t.target));
    expect(table.querySelectorAll('tbody td input')).toHaveLength(12);
    expect(table.querySelector('tbody tr:nth-child(2) td .fjs-input-adornment')?.textContent).toContain('%');
    expect(container.textContent).not.toMatch(/编号|Expand all/);
  });

  it('shows an empty milestone error in its own cell and submits only what a user may write', async () => {
    const container = await render();
    const result = form!.submit();
    expect(Object.keys(result.errors)).toEqual(['milestones_milestone']);
    const cell = container.querySelector('tbody tr:nth-child(3) td:nth-child(3)')!;
    await waitFor(() => expect(cell.querySelector('.fjs-form-field-error')?.textContent).toBeTruthy());
    expect(container.querySelectorAll('.fjs-form-field-error')).toHaveLength(1);
    const rows = (result.data as { milestones: Record<string, unknown>[] }).milestones;
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0]).sort()).toEqual(['milestone', 'plannedValue']);
  });

  it('stays readable where the table is not drawn (as Camunda Tasklist draws the same .form): labels, no fold', async () => {
    const container = await render([]);
    expect(container.querySelector('.pf-table-list')).toBeNull();
    const text = container.textContent ?? '';
    for (const label of ['指标', '报告期', '计划值', '阶段目标']) expect(text).toContain(label);
    expect(text).not.toMatch(/编号|Expand all/);
    expect(container.querySelectorAll('.fjs-repeat-row-collapsed')).toHaveLength(0);
    expect(container.querySelectorAll('input[id*="milestones_milestone"]')).toHaveLength(6);
  });

  it('shows the office a change request cell by cell: the plan in force and the proposed value and milestone', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    form = new Form({ container, additionalModules: [formJsTranslateModule, tableListModule] });
    const proposedPlan = periods.map((period) => ({ target: '群众满意度', period, unit: '%', current: '85 % · 调查',
      plannedValue: 90, milestone: `${period}复查` }));
    await form.importSchema(JSON.parse(review), { itemLabel: '(四) 测试事项', changeReason: '提前完成', proposedPlan });
    const cells = container.querySelectorAll('.pf-table-list tbody td');
    expect(cells).toHaveLength(2);
    expect([...cells[1].querySelectorAll('input')].map((input) => input.value)).toEqual(['85 % · 调查', '90', '2025年第四季度复查']);
    expect(cells[1].querySelector('.fjs-input-adornment')?.textContent).toContain('%');
  });
});
