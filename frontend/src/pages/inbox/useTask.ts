import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { fetchAttachments, fetchComments, fetchOpenForm, fetchTask, submitForm } from './taskApi';
import { invalidateTasks } from './useInbox';

/** The task page's data: the task, its form and values (while open), comments and evidence; the page's actions. */
export function useTask(taskId: string) {
  const queryClient = useQueryClient();
  // fetched on every visit and dropped on leaving: a submitted task's form must not come back from the cache
  const fresh = { gcTime: 0 };
  const task = useQuery({ queryKey: queryKeys.task(taskId), queryFn: () => fetchTask(taskId), ...fresh });
  const comments = useQuery({ queryKey: queryKeys.taskComments(taskId), queryFn: () => fetchComments(taskId), ...fresh });
  const attachments = useQuery({
    queryKey: queryKeys.taskAttachments(taskId), queryFn: () => fetchAttachments(taskId), ...fresh,
  });
  // a completed task has no form any more; its page still shows comments and evidence
  const form = useQuery({ queryKey: queryKeys.taskForm(taskId), queryFn: () => fetchOpenForm(taskId), ...fresh });
  const [actionError, setError] = useState<string | null>(null);

  const side = useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.taskComments(taskId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.taskAttachments(taskId) }),
    ]),
  });
  const { mutateAsync: runSide } = side;
  /** A comment, an upload or an extension request: true when done, else its error is shown. */
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await runSide(action);
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  }, [runSide]);

  const submission = useMutation({
    mutationFn: (values: Record<string, unknown>) => submitForm(taskId, values),
    onMutate: () => setError(null),
    onSuccess: () => invalidateTasks(queryClient),
  });

  const loadError = task.error ?? comments.error ?? attachments.error;
  const loading = !loadError && (task.isPending || comments.isPending || attachments.isPending || form.isPending);
  return {
    task: loadError ? null : task.data ?? null,
    schema: form.data?.schema ?? null,
    data: form.data?.data ?? {},
    comments: comments.data ?? [],
    attachments: attachments.data ?? [],
    loading,
    error: actionError ?? loadError?.message ?? null,
    run,
    submit: submission.mutateAsync,
    /** The server's refusal of the form, which the form shows beside the field and the submit button. */
    submitError: submission.error,
    submitting: submission.isPending || submission.isSuccess,
  };
}
