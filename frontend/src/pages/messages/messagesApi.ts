import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type Message = components['schemas']['Message'];
export type MessagePage = components['schemas']['MessagePage'];

export const MESSAGE_PAGE_SIZE = 20;

export const fetchMessages = (unreadOnly: boolean, page: number, signal?: AbortSignal) =>
  api.get('/api/messages', { query: { unreadOnly: unreadOnly || undefined, page, size: MESSAGE_PAGE_SIZE }, signal });
export const fetchUnread = () => api.get('/api/messages/unread-count');
export const markRead = (id: number) => api.post('/api/messages/{id}/read', { path: { id } });
export const markAllRead = () => api.post('/api/messages/read-all');

/** The message kinds the page names; one the client does not know yet shows as a plain notice. */
const KINDS = ['NEW_TASKS', 'REMINDER', 'URGE', 'NOTICE', 'REPORT_RETURNED', 'EXTENSION_DECIDED',
  'WORK_PLAN_CHANGE_DECIDED'];

export function kindKey(kind: string): string {
  return `messages:kinds.${KINDS.includes(kind) ? kind : 'OTHER'}`;
}
