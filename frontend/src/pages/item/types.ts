/** GET /api/items/{id} (org.policyflow.dashboard.ItemPage). */
export type Body = { id: string; name: string; role: 'LEAD' | 'SUPPORTING' | 'IMPLEMENTER' };
export type Figure = { periodLabel: string; revision: number; value: number; expectedProgress: number | null; rating: string | null };
export type Target = {
  id: number; text: string; targetValue: number; unit: string; comparator: string; deadline: string | null; history: Figure[];
};
export type TimelineEvent = {
  at: string; kind: string; outcome: string | null; departmentName: string | null; actor: string | null;
  periodLabel: string | null; detail: string | null;
};
export type ProcessPosition = {
  processInstanceId: string; processDefinitionId: string; ended: boolean; passedActivityIds: string[];
  currentActivityIds: string[];
};
export type Item = {
  id: number; planId: number; docNumber: string; planTitle: string; businessKey: string; label: string; title: string;
  text: string; responsibilityNote: string | null; bodies: Body[]; targets: Target[]; timeline: TimelineEvent[];
  process: ProcessPosition | null;
};
