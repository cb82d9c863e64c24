import type { components } from '../../api/schema';

/** GET /api/dashboard (org.policyflow.dashboard.Dashboard). */
export type Dashboard = components['schemas']['Dashboard'];
export type Cell = components['schemas']['Cell'];
export type TargetProgress = components['schemas']['TargetProgress'];
export type LeagueRow = components['schemas']['LeagueRow'];
