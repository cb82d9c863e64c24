import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { queryKeys } from '../../../api/queryKeys';
import { useContent } from '../diff/useVersionDiff';

export type ChangeStatus = 'PENDING' | 'APPROVED' | 'RETURNED';

/** The submitted model changes (one status or all), approving and returning one (administrators). */
export function useReview(status: ChangeStatus | '') {
  const queryClient = useQueryClient();
  const changes = useQuery({
    queryKey: queryKeys.modelChanges(status),
    queryFn: () => api.get('/api/models/changes', { query: { status: status || undefined } }),
  });
  const settled = () => queryClient.invalidateQueries({ queryKey: queryKeys.models });
  const approve = useMutation({
    mutationFn: (id: number) => api.post('/api/models/changes/{id}/approve', { path: { id } }),
    onSuccess: settled,
  });
  const giveBack = useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.post('/api/models/changes/{id}/return', { path: { id }, body: { reason } }),
    onSuccess: settled,
  });
  return { changes: changes.data ?? null, error: changes.error?.message ?? null, approve, giveBack };
}

/** The deployed latest version of a model as text ('' for a model never deployed), to compare a change with. */
export function useDeployedLatest(resource: string | undefined) {
  const versions = useQuery({
    queryKey: queryKeys.modelVersions(resource ?? ''),
    // newest first; a model never deployed has none (404)
    queryFn: () => api.get('/api/models/versions', { query: { resource: resource! } })
      .catch((failure: unknown) => (failure instanceof ApiError && failure.status === 404 ? [] : Promise.reject(failure))),
    enabled: resource !== undefined,
  });
  const latest = versions.data?.[0];
  const content = useContent(latest);
  if (!versions.data) return null;
  return latest ? content.data ?? null : '';
}

/** Whether a modeller's change must wait for an administrator (policyflow.models.review). */
export function useReviewRequired() {
  return useQuery({ queryKey: queryKeys.modelReview, queryFn: () => api.get('/api/models/review') }).data?.required ?? null;
}

/** Submits a change of a model for review; the answer is the stored change (its id). */
export function submitChange(resourceName: string, content: string) {
  return api.post('/api/models/changes', { body: { resourceName, content } });
}
