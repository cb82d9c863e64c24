import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { bar, defaultLedgerPeriod, itemsInViewOrder, lateContributions, ledgerUrl, percent } from './dashboardLogic';
import DashboardPage from './DashboardPage';
import type { Dashboard } from './types';
import { renderWithQueries, served } from '../../test-utils';

vi.mock('./DashboardCharts', () => ({ default: () => <p>charts</p> }));

const DASHBOARD = served<Dashboard>({
  plan: { id: 1, docNumber: '苏府办〔2025〕77号', title: '"品质苏州"建设行动方案(2025年)' },
  plans: [{ id: 1, docNumber: '苏府办〔2025〕77号', title: '"品质苏州"建设行动方案(2025年)' }],
  seesAll: false,
  periods: [
    { id: 11, ordinal: 1, label: '2025年第四季度', kind: 'QUARTER', dueAt: '2026-01-10T00:00:00+08:00', expectedProgress: 0.5 },
    { id: 12, ordinal: 2, label: '2025年度总结', kind: 'ANNUAL', dueAt: '2026-01-20T00:00:00+08:00', expectedProgress: 1 },
  ],
  items: [
    { id: 1, number: 1, label: '(一)', title: '强化人才支撑', leadId: 'a', leadName: '市市场监管局', mine: false,
      cells: [{ periodId: 11, light: 'GREEN', status: 'UNDER_REVIEW', revision: 1, daysLate: 0, leadLate: false,
        lateContributions: [{ departmentId: 'c', name: '市住建局', submitted: false },
          { departmentId: 'd', name: '昆山市', submitted: true }] },
        { periodId: 12, light: 'GREY', status: 'NOT_DUE', revision: 0, daysLate: null, leadLate: false, lateContributions: [] }] },
    { id: 2, number: 2, label: '(二)', title: '提升产品质量', leadId: 'b', leadName: '市工信局', mine: true,
      cells: [{ periodId: 11, light: 'RED', status: 'OVERDUE', revision: 0, daysLate: null, leadLate: true, lateContributions: [] },
        { periodId: 12, light: 'GREY', status: 'NOT_DUE', revision: 0, daysLate: null, leadLate: false, lateContributions: [] }] },
  ],
  targets: [
    { id: 5, itemId: 1, itemLabel: '(一)', text: '首席质量官人数突破6万人', targetValue: 60000, unit: '人', comparator: 'MORE_THAN',
      deadline: null, actual: 24000, periodLabel: '2025年第四季度', progress: 0.4, expectedProgress: 0.5, rating: 'YELLOW', mine: false },
  ],
  league: [{ departmentId: 'a', name: '市市场监管局', kind: 'MUNICIPAL', due: 2, onTime: 1, onTimeRate: 0.5,
    reports: { due: 1, onTime: 1, onTimeRate: 1 }, contributions: { due: 1, onTime: 0, onTimeRate: 0 }, openTasks: 3, overdueTasks: 1 }],
  lightCounts: [{ periodId: 11, periodLabel: '2025年第四季度', green: 1, yellow: 0, red: 1, grey: 0 }],
});

afterEach(() => vi.unstubAllGlobals());

describe('dashboard logic', () => {
  it('formats ratios and places the 序时进度 marker', () => {
    expect(percent(0.456)).toBe('45.6%');
    expect(percent(null)).toBeNull();
    expect(bar(DASHBOARD.targets[0])).toEqual({ done: 40, expected: 50, behind: true });
    expect(bar({ ...DASHBOARD.targets[0], progress: 1.7 }).done).toBe(100);
  });

  it('exports the latest reported period and lists a department its own items first', () => {
    expect(defaultLedgerPeriod(DASHBOARD)).toBe(11);
    expect(ledgerUrl(1, 11)).toBe('/api/ledger.xlsx?planId=1&periodId=11');
    expect(itemsInViewOrder(DASHBOARD).map((item) => item.id)).toEqual([2, 1]);
    expect(itemsInViewOrder({ ...DASHBOARD, seesAll: true }).map((item) => item.id)).toEqual([1, 2]);
  });

  it('tells the material still missing from the material that came late', () => {
    expect(lateContributions(DASHBOARD.items[0].cells[0])).toEqual({ missing: ['市住建局'], late: ['昆山市'] });
    expect(lateContributions(DASHBOARD.items[1].cells[0])).toEqual({ missing: [], late: [] });
  });
});

describe('DashboardPage', () => {
  function serve(status: number, body: unknown) {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))));
  }

  it('shows lights, figures, the league and the ledger link in Chinese', async () => {
    serve(200, DASHBOARD);
    renderWithQueries(<MemoryRouter><DashboardPage /></MemoryRouter>);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载总览');
    expect(await screen.findByRole('heading', { name: '总览' })).toBeInTheDocument();
    expect(screen.getAllByText('绿灯').length).toBeGreaterThan(0);
    // whose lateness: the lead's own report, apart from the contributors' material, named on hover
    expect(screen.getByText('牵头单位逾期未报')).toHaveClass('lead-late');
    expect(screen.getByText('配合材料缺1家 · 配合材料逾期1家'))
      .toHaveAttribute('title', '未报送配合材料:市住建局;逾期报送配合材料:昆山市');
    expect(screen.getByText('待审核')).not.toHaveClass('lead-late');
    expect(screen.getByRole('columnheader', { name: '牵头报告 按时率' })).toBeInTheDocument();
    expect(screen.getByText('100% (1/1)')).toBeInTheDocument();
    expect(screen.getByText('0% (0/1)')).toBeInTheDocument();
    expect(screen.getByText(/实际 24,000 \/ 目标 60,000人/)).toBeInTheDocument();
    expect(screen.getByText('本单位参与')).toBeInTheDocument();
    // a department links only the items it takes part in
    expect(screen.getByRole('link', { name: /提升产品质量/ })).toHaveAttribute('href', '/items/2');
    expect(screen.queryByRole('link', { name: /强化人才支撑/ })).toBeNull();
    expect(screen.getByRole('link', { name: '导出台账 (Excel)' }))
      .toHaveAttribute('href', '/api/ledger.xlsx?planId=1&periodId=11');
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /督查通报/ })).toBeNull();
  });

  it('offers the coordinating office the chosen period\'s 督查通报 as PDF and Word', async () => {
    serve(200, { ...DASHBOARD, seesAll: true });
    renderWithQueries(<MemoryRouter><DashboardPage /></MemoryRouter>);
    expect(await screen.findByRole('link', { name: '督查通报 (PDF)' }))
      .toHaveAttribute('href', '/api/plans/1/bulletins/11?format=pdf');
    fireEvent.change(screen.getByRole('combobox', { name: '报告期' }), { target: { value: '12' } });
    expect(screen.getByRole('link', { name: '督查通报 (Word)' }))
      .toHaveAttribute('href', '/api/plans/1/bulletins/12?format=docx');
  });

  it('shows the server problem as a Chinese message, not a blank page', async () => {
    serve(404, { detail: '行动方案(planId) 9 不存在' });
    renderWithQueries(<MemoryRouter><DashboardPage /></MemoryRouter>);
    expect(await screen.findByRole('alert')).toHaveTextContent('行动方案(planId) 9 不存在');
  });
});
