import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { fetchInbox, type InboxFilter } from './inboxApi';

/** The inbox page's data: loads on every filter change, keeping the last page meanwhile; act() runs an action and reloads. */
export function useInbox(filter: InboxFilter) {
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: queryKeys.inboxPage(filter),
    queryFn: ({ signal }) => fetchInbox(filter, signal),
    placeholderData: keepPreviousData,
  });
  const action = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSettled: () => invalidateTasks(queryClient),
  });
  const { mutateAsync } = action;
  const act = useCallback(
    (run: () => Promise<unknown>) => mutateAsync(run).then(() => undefined, () => undefined),
    [mutateAsync],
  );
  const error = action.error ?? inbox.error;
  return { page: inbox.data ?? null, loading: inbox.isFetching, error: error?.message ?? null, act };
}

/** After a task changed: the inbox pages, the badge's count and the desk's queues count again. */
export function invalidateTasks(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
  void queryClient.invalidateQueries({ queryKey: queryKeys.desk });
}
