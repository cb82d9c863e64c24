import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type InboxRow = components['schemas']['Row'];
export type InboxPage = components['schemas']['Page'];

/** The roles a body has in an item, as the inbox filter offers them. */
export type Role = 'LEAD' | 'SUPPORTING' | 'IMPLEMENTER' | 'COORDINATION';

export type InboxFilter = { overdue: boolean; dueThisWeek: boolean; role: Role | ''; itemId: string; page: number };

export const EMPTY_FILTER: InboxFilter = { overdue: false, dueThisWeek: false, role: '', itemId: '', page: 0 };
export const PAGE_SIZE = 20;

/** The query of /api/inbox for a filter: only the filters that are set. */
export function inboxQuery(filter: InboxFilter) {
  const itemId = filter.itemId.trim();
  return {
    overdue: filter.overdue || undefined,
    dueThisWeek: filter.dueThisWeek || undefined,
    role: filter.role || undefined,
    itemId: /^\d+$/.test(itemId) ? Number(itemId) : undefined,
    page: filter.page,
    size: PAGE_SIZE,
  };
}

export type DueText = { key: string; count?: number; tone: 'overdue' | 'soon' | 'ok' | 'none' };

/**
 * How to show the days left: overdue in red, three days or less in orange. The server's overdueDays counts the days
 * begun since the due date, so a task that fell due earlier today is overdue, not due today.
 */
export function dueText(daysLeft: number | null | undefined, overdueDays?: number | null): DueText {
  if (overdueDays) return { key: 'inbox:overdueBy', count: overdueDays, tone: 'overdue' };
  if (daysLeft === null || daysLeft === undefined) return { key: 'inbox:noDue', tone: 'none' };
  if (daysLeft < 0) return { key: 'inbox:overdueBy', count: -daysLeft, tone: 'overdue' };
  if (daysLeft === 0) return { key: 'inbox:dueToday', tone: 'soon' };
  return { key: 'inbox:daysLeft', count: daysLeft, tone: daysLeft <= 3 ? 'soon' : 'ok' };
}

export const fetchInbox = (filter: InboxFilter, signal?: AbortSignal) =>
  api.get('/api/inbox', { query: inboxQuery(filter), signal });
export const fetchCount = () => api.get('/api/inbox/count');
export const claimTask = (id: string) => api.post('/api/tasks/{id}/claim', { path: { id } });
export const unclaimTask = (id: string) => api.post('/api/tasks/{id}/unclaim', { path: { id } });
export const delegateTask = (id: string, userId: string) =>
  api.post('/api/tasks/{id}/delegate', { path: { id }, body: { userId } });
/** The server describes colleagues as plain maps; these are their keys. */
export type Colleague = { userId: string; name: string };
export const fetchColleagues = (id: string) =>
  api.get('/api/tasks/{id}/colleagues', { path: { id } }) as Promise<Colleague[]>;
