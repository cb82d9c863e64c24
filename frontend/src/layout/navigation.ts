import type { SessionUser } from '../session/api';

type Role = SessionUser['roles'][number];

/**
 * Where a user lands after the login (and on the brand link): the office on its desk, a department on its open work,
 * a modeller in the modeler, an administrator on the system page (status and the engine apps).
 */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes('COORDINATOR')) return '/desk';
  if (roles.includes('DEPARTMENT')) return '/inbox';
  if (roles.includes('MODELLER')) return '/modeler';
  return '/system';
}

export const ENGINE_APPS = ['tasklist', 'cockpit', 'admin'] as const;
export type EngineApp = (typeof ENGINE_APPS)[number];

// the Camunda webapps each role has ACCESS to (identity/RoleAuthorizations); administrators are also Camunda's
const ENGINE_APP_ROLES: Record<EngineApp, readonly Role[]> = {
  tasklist: ['DEPARTMENT', 'COORDINATOR', 'ADMIN'],
  cockpit: ['COORDINATOR', 'MODELLER', 'ADMIN'],
  admin: ['ADMIN'],
};

/** The Camunda webapps the user may open, in menu order. */
export function engineApps(roles: readonly Role[]): EngineApp[] {
  return ENGINE_APPS.filter((app) => ENGINE_APP_ROLES[app].some((role) => roles.includes(role)));
}

/** Pages a task can be opened from, and the back link's label there. */
const ORIGINS: ReadonlyArray<{ prefix: string; label: string }> = [
  { prefix: '/desk', label: 'inbox:task.backTo.desk' },
  { prefix: '/dashboard', label: 'inbox:task.backTo.dashboard' },
  { prefix: '/items/', label: 'inbox:task.backTo.item' },
  { prefix: '/inbox', label: 'inbox:task.backTo.inbox' },
];

/** What a task page opened from a link carries (router state): the page it was opened from. */
export type OpenedFrom = { from?: unknown };

/**
 * Where a task page's back link (and a completed task) leads: the page the task was opened from when that is a page
 * listing work (desk, dashboard, item, inbox, with its filters), else 我的待办.
 */
export function backTarget(state: unknown): { path: string; label: string } {
  const from = (state as OpenedFrom | null)?.from;
  if (typeof from === 'string') {
    const origin = ORIGINS.find(({ prefix }) => from.startsWith(prefix));
    if (origin) return { path: from, label: origin.label };
  }
  return { path: '/inbox', label: 'inbox:task.backTo.inbox' };
}
