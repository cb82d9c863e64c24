/** GET /api/dashboard (org.policyflow.dashboard.Dashboard). */
export type Light = 'GREEN' | 'YELLOW' | 'RED' | 'GREY';
export type PlanRef = { id: number; docNumber: string; title: string };
export type Period = { id: number; ordinal: number; label: string; kind: string; dueAt: string; expectedProgress: number };
export type Cell = { periodId: number; light: Light; status: string; revision: number; daysLate: number | null };
export type ItemRow = {
  id: number; number: number; label: string; title: string; leadId: string | null; leadName: string | null;
  mine: boolean; cells: Cell[];
};
export type TargetProgress = {
  id: number; itemId: number; itemLabel: string; text: string; targetValue: number; unit: string; comparator: string;
  deadline: string | null; actual: number | null; periodLabel: string | null; progress: number | null;
  expectedProgress: number; rating: Light | null; mine: boolean;
};
export type LeagueRow = {
  departmentId: string; name: string; kind: string; due: number; onTime: number; onTimeRate: number | null;
  openTasks: number; overdueTasks: number;
};
export type LightCount = { periodId: number; periodLabel: string; green: number; yellow: number; red: number; grey: number };
export type Dashboard = {
  plan: PlanRef; plans: PlanRef[]; seesAll: boolean; periods: Period[]; items: ItemRow[];
  targets: TargetProgress[]; league: LeagueRow[]; lightCounts: LightCount[];
};
