import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type InboxRow = components['schemas']['Row'];
export type InboxPage = components['schemas']['Page'];

/** The roles a body has in an item, as the inbox filter offers them. */
export type Role = 'LEAD' | 'SUPPORTING' | 'IMPLEMENTER' | 'COORDINATION';

export type InboxFilter = { overdue: boolean; dueThisWeek: boolean; role: Role | ''; itemId: string; page: number };

export const EMPTY_FILTER: InboxFilter = { overdue: false, dueThisWeek: false, role: '', itemId: '', page: 0 };
export const PAGE_SIZE = 20;

/** 签收配合任务 / 签收落实任务: the acknowledgements the inbox signs in bulk (the lead's needs its work plan). */
export const BULK_ACKNOWLEDGEMENT_TASKS = ['AcknowledgePart'];
/** As the server's 签收说明 (TaskActions.MAX_COMMENT). */
export const MAX_ACKNOWLEDGEMENT_COMMENT = 2000;

/** Whether the user may sign the row's task in bulk: an acknowledgement of a part, unclaimed or claimed by the user. */
export function canSignInBulk(row: Pick<InboxRow, 'taskKey' | 'assignee'>, userId: string): boolean {
  return BULK_ACKNOWLEDGEMENT_TASKS.includes(row.taskKey) && (!row.assignee || row.assignee === userId);
}

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
export const acknowledgeTasks = (taskIds: string[], comment: string) =>
  api.post('/api/inbox/acknowledgements', { body: { taskIds, comment: comment.trim() || null } });
/** The server describes colleagues as plain maps; these are their keys. */
export type Colleague = { userId: string; name: string };
export const fetchColleagues = (id: string) =>
  api.get('/api/tasks/{id}/colleagues', { path: { id } }) as Promise<Colleague[]>;
