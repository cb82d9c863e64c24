import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { MigrationRequest } from './types';

const POLL_MS = 1000;

/** The migration panel's data: the plans for a choice of instances, the run, and its progress until it is over. */
export function useMigration() {
  const queryClient = useQueryClient();
  const plans = useMutation({
    mutationFn: (request: MigrationRequest) => api.post('/api/migrations/plan', { body: request }),
  });
  const run = useMutation({
    mutationFn: (request: MigrationRequest) => api.post('/api/migrations', { body: request }),
  });
  const runId = run.data?.id;
  const progress = useQuery({
    queryKey: ['migrations', runId],
    queryFn: ({ signal }) => api.get('/api/migrations/{id}', { path: { id: runId! }, signal }),
    enabled: runId !== undefined,
    refetchInterval: (query) => (query.state.data?.finished ? false : POLL_MS),
  });
  const finished = progress.data?.finished ?? false;
  useEffect(() => {
    // the versions table counts the running instances of each version
    if (finished) queryClient.invalidateQueries({ queryKey: queryKeys.models });
  }, [finished, queryClient]);
  return {
    plans,
    run,
    progress: progress.data ?? run.data ?? null,
    error: (plans.error ?? run.error ?? progress.error)?.message ?? null,
  };
}
