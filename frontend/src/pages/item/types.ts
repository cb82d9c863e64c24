import type { components } from '../../api/schema';

/** GET /api/items/{id} (org.policyflow.dashboard.ItemPage). */
export type Item = components['schemas']['ItemPage'];
export type Target = components['schemas']['ItemTarget'];
export type TimelineEvent = components['schemas']['Event'];
export type ProcessPosition = components['schemas']['Process'];
export type WorkPlan = components['schemas']['WorkPlan'];
