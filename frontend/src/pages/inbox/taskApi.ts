import { apiFetch } from '../../api';
import type { InboxRow } from './inboxApi';
import { toTypedVariables, type TypedValue } from './formVariables';

export type TaskComment = { id: string; userId: string; time: string; message: string };
export type Attachment = { id: number; taskId: string; fileName: string; contentType: string; size: number; uploadedBy: string; uploadedAt: string };

export const fetchTask = (id: string) => apiFetch<InboxRow>(`/api/tasks/${id}`);
export const fetchDeployedForm = (id: string) => apiFetch<unknown>(`/engine-rest/task/${id}/deployed-form`);
export const fetchFormVariables = (id: string) =>
  apiFetch<Record<string, TypedValue>>(`/engine-rest/task/${id}/form-variables?deserializeValues=false`);
export const submitForm = (id: string, data: Record<string, unknown>) =>
  apiFetch<void>(`/engine-rest/task/${id}/submit-form`, {
    method: 'POST',
    body: JSON.stringify({ variables: toTypedVariables(data) }),
  });
export const fetchComments = (id: string) => apiFetch<TaskComment[]>(`/api/tasks/${id}/comments`);
export const addComment = (id: string, message: string) =>
  apiFetch<TaskComment>(`/api/tasks/${id}/comments`, { method: 'POST', body: JSON.stringify({ message }) });
export const fetchAttachments = (id: string) => apiFetch<Attachment[]>(`/api/tasks/${id}/attachments`);
export function uploadAttachment(id: string, file: File) {
  const body = new FormData();
  body.append('file', file);
  return apiFetch<Attachment>(`/api/tasks/${id}/attachments`, { method: 'POST', body });
}
export const requestExtension = (id: string, reason: string, newDueDate: string) =>
  apiFetch<void>(`/api/tasks/${id}/extension`, { method: 'POST', body: JSON.stringify({ reason, newDueDate }) });
