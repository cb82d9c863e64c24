import type { components } from '../../api/schema';

/** The shapes of /api/plans/preview and POST /api/plans (docs/plan-format.md). */
export type Body = components['schemas']['Body'];
export type Target = components['schemas']['Target'];
export type PlanItem = components['schemas']['Item'];
export type Warning = components['schemas']['Warning'];
export type PlanPreview = components['schemas']['PlanPreview'];
export type ImportResult = components['schemas']['ImportResult'];

export type CalendarAnchor = 'REBASED' | 'ORIGINAL';

/** What this page corrects in an item; the server takes more (implementers), each optional. */
export type ItemCorrection = { item: number; lead?: string; supporting?: string[]; targets?: Target[] };
