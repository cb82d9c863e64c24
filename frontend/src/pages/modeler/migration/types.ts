import type { components } from '../../../api/schema';

/** POST /api/migrations/plan, /api/migrations and GET /api/migrations/{id} (org.policyflow.migration). */
export type MigrationRequest = components['schemas']['MigrationRequest'];
export type MigrationPlans = components['schemas']['MigrationPlans'];
export type MigrationProposal = components['schemas']['MigrationProposal'];
export type MigrationProgress = components['schemas']['MigrationProgress'];

/** How the modeller chooses the instances to move. */
export type Choice =
  | { selection: 'ALL' }
  | { selection: 'PLAN'; docNumber: string }
  | { selection: 'ONE'; processInstanceId: string };
