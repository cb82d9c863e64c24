import { useCallback, useEffect, useState } from 'react';
import type { InboxRow } from './inboxApi';
import { toFormData } from './formVariables';
import { fetchAttachments, fetchComments, fetchDeployedForm, fetchFormVariables, fetchTask, type Attachment, type TaskComment } from './taskApi';

export type TaskState = {
  task: InboxRow | null;
  schema: unknown;
  data: Record<string, unknown>;
  comments: TaskComment[];
  attachments: Attachment[];
  loading: boolean;
  error: string | null;
};

const EMPTY: TaskState = { task: null, schema: null, data: {}, comments: [], attachments: [], loading: true, error: null };

/** The task page's data: the task, its form and values (while open), comments and evidence. */
export function useTask(taskId: string) {
  const [state, setState] = useState<TaskState>(EMPTY);

  const reloadSide = useCallback(async () => {
    const [comments, attachments] = await Promise.all([fetchComments(taskId), fetchAttachments(taskId)]);
    setState((previous) => ({ ...previous, comments, attachments }));
  }, [taskId]);

  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const task = await fetchTask(taskId);
        const [comments, attachments] = await Promise.all([fetchComments(taskId), fetchAttachments(taskId)]);
        let schema: unknown = null;
        let data: Record<string, unknown> = {};
        // a completed task has no form any more; its page still shows comments and evidence
        const open = await Promise.all([fetchDeployedForm(taskId), fetchFormVariables(taskId)]).catch(() => null);
        if (open) {
          schema = open[0];
          data = toFormData(open[1]);
        }
        if (current) setState({ task, schema, data, comments, attachments, loading: false, error: null });
      } catch (e) {
        if (current) setState({ ...EMPTY, loading: false, error: (e as Error).message });
      }
    })();
    return () => {
      current = false;
    };
  }, [taskId]);

  const setError = useCallback((error: string | null) => setState((previous) => ({ ...previous, error })), []);
  return { ...state, reloadSide, setError };
}
