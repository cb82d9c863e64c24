import type { Cell, Dashboard, TargetProgress } from './types';

/** 0.456 → "45.6%"; null → null. */
export function percent(ratio: number | null | undefined): string | null {
  if (ratio === null || ratio === undefined) return null;
  return `${(Math.round(ratio * 1000) / 10).toString()}%`;
}

/** A number as staff write it: no trailing zeros, thousands grouped. */
export function figure(value: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
}

/** Width of a progress bar (0..100) and where the 序时进度 marker sits. */
export function bar(target: TargetProgress): { done: number; expected: number; behind: boolean | null } {
  const clamp = (value: number) => Math.max(0, Math.min(100, value * 100));
  const done = target.progress === null ? 0 : clamp(target.progress);
  const expected = clamp(target.expectedProgress);
  return { done, expected, behind: target.progress === null ? null : target.progress < target.expectedProgress };
}

/** The period the ledger button exports first: the latest with a reported light, else the first. */
export function defaultLedgerPeriod(dashboard: Dashboard): number | null {
  const reported = dashboard.periods.filter((_period, index) =>
    dashboard.items.some((item) => item.cells[index]?.revision > 0),
  );
  const chosen = reported.length ? reported[reported.length - 1] : dashboard.periods[0];
  return chosen ? chosen.id : null;
}

export function ledgerUrl(planId: number, periodId: number | null): string {
  const query = new URLSearchParams({ planId: String(planId) });
  if (periodId !== null) query.set('periodId', String(periodId));
  return `/api/ledger.xlsx?${query}`;
}

/** 督查通报 of a period as PDF or .docx (the coordinating office only). */
export function bulletinUrl(planId: number, periodId: number, format: 'pdf' | 'docx'): string {
  return `/api/plans/${planId}/bulletins/${periodId}?format=${format}`;
}

/** The items a department works on first, then the rest, each in document order. */
export function itemsInViewOrder(dashboard: Dashboard) {
  if (dashboard.seesAll) return dashboard.items;
  return [...dashboard.items.filter((item) => item.mine), ...dashboard.items.filter((item) => !item.mine)];
}

/** Whose material is late in a cell: the bodies still missing it, and those that sent it after the due date. */
export function lateContributions(cell: Cell): { missing: string[]; late: string[] } {
  const bodies = cell.lateContributions ?? [];
  return {
    missing: bodies.filter((body) => !body.submitted).map((body) => body.name),
    late: bodies.filter((body) => body.submitted).map((body) => body.name),
  };
}
