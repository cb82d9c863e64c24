import { apiFetch } from '../../api';

export type Role = 'LEAD' | 'SUPPORTING' | 'IMPLEMENTER' | 'COORDINATION';
export type Light = 'GREEN' | 'YELLOW' | 'RED';

export type InboxRow = {
  taskId: string;
  title: string;
  taskKey: string;
  formKey: string | null;
  itemId: number | null;
  itemLabel: string | null;
  itemTitle: string | null;
  periodId: number | null;
  periodLabel: string | null;
  departmentId: string | null;
  role: Role | null;
  created: string;
  due: string | null;
  daysLeft: number | null;
  overdue: boolean;
  assignee: string | null;
  light: Light | null;
  processInstanceId: string;
};

export type InboxPage = { rows: InboxRow[]; total: number; page: number; size: number };

export type InboxFilter = { overdue: boolean; dueThisWeek: boolean; role: Role | ''; itemId: string; page: number };

export const EMPTY_FILTER: InboxFilter = { overdue: false, dueThisWeek: false, role: '', itemId: '', page: 0 };
export const PAGE_SIZE = 20;

/** The query string of /api/inbox for a filter: only the filters that are set. */
export function inboxQuery(filter: InboxFilter): string {
  const params = new URLSearchParams();
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.dueThisWeek) params.set('dueThisWeek', 'true');
  if (filter.role) params.set('role', filter.role);
  if (/^\d+$/.test(filter.itemId.trim())) params.set('itemId', filter.itemId.trim());
  params.set('page', String(filter.page));
  params.set('size', String(PAGE_SIZE));
  return params.toString();
}

export type DueText = { key: string; count?: number; tone: 'overdue' | 'soon' | 'ok' | 'none' };

/** How to show the days left: overdue in red, three days or less in orange. */
export function dueText(daysLeft: number | null): DueText {
  if (daysLeft === null) return { key: 'inbox:noDue', tone: 'none' };
  if (daysLeft < 0) return { key: 'inbox:overdueBy', count: -daysLeft, tone: 'overdue' };
  if (daysLeft === 0) return { key: 'inbox:dueToday', tone: 'soon' };
  return { key: 'inbox:daysLeft', count: daysLeft, tone: daysLeft <= 3 ? 'soon' : 'ok' };
}

export const fetchInbox = (filter: InboxFilter) => apiFetch<InboxPage>(`/api/inbox?${inboxQuery(filter)}`);
export const fetchCount = () => apiFetch<{ open: number; overdue: number }>('/api/inbox/count');
export const claimTask = (id: string) => apiFetch<void>(`/api/tasks/${id}/claim`, { method: 'POST' });
export const unclaimTask = (id: string) => apiFetch<void>(`/api/tasks/${id}/unclaim`, { method: 'POST' });
export const delegateTask = (id: string, userId: string) =>
  apiFetch<void>(`/api/tasks/${id}/delegate`, { method: 'POST', body: JSON.stringify({ userId }) });
export const fetchColleagues = (id: string) =>
  apiFetch<{ userId: string; name: string }[]>(`/api/tasks/${id}/colleagues`);

/** Tells the nav badge to count again after the inbox changed. */
export const INBOX_CHANGED = 'policyflow:inbox-changed';
export const announceInboxChange = () => window.dispatchEvent(new Event(INBOX_CHANGED));
