import { api, apiFetch } from '../../api/client';
import type { components } from '../../api/schema';
import { toFormData, toTypedVariables, type TypedValue } from './formVariables';

export type TaskComment = components['schemas']['TaskComment'];
export type Attachment = components['schemas']['Attachment'];

export const fetchTask = (id: string) => api.get('/api/tasks/{id}', { path: { id } });
export const fetchComments = (id: string) => api.get('/api/tasks/{id}/comments', { path: { id } });
export const addComment = (id: string, message: string) =>
  api.post('/api/tasks/{id}/comments', { path: { id }, body: { message } });
export const fetchAttachments = (id: string) => api.get('/api/tasks/{id}/attachments', { path: { id } });
export function uploadAttachment(id: string, file: File) {
  const body = new FormData();
  body.append('file', file);
  return api.post('/api/tasks/{id}/attachments', { path: { id }, body });
}
export const requestExtension = (id: string, reason: string, newDueDate: string) =>
  api.post('/api/tasks/{id}/extension', { path: { id }, body: { reason, newDueDate } });

// the task's form is the engine's (Camunda REST), not PolicyFlow's API
const engineTask = (id: string) => `/engine-rest/task/${encodeURIComponent(id)}`;

/** The open task's form and its values; null once the task is completed (the engine no longer knows it). */
export async function fetchOpenForm(id: string): Promise<{ schema: unknown; data: Record<string, unknown> } | null> {
  const open = await Promise.all([
    apiFetch<unknown>(`${engineTask(id)}/deployed-form`),
    apiFetch<Record<string, TypedValue>>(`${engineTask(id)}/form-variables?deserializeValues=false`),
  ]).catch(() => null);
  return open && { schema: open[0], data: toFormData(open[1]) };
}

export const submitForm = (id: string, data: Record<string, unknown>) =>
  apiFetch<void>(`${engineTask(id)}/submit-form`, {
    method: 'POST',
    body: JSON.stringify({ variables: toTypedVariables(data) }),
  });
