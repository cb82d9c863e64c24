import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api/client';
import { ApiError } from '../api/problem';
import { queryKeys } from '../api/queryKeys';

export type Health = 'checking' | 'up' | 'down' | 'unreachable';

async function fetchHealth(): Promise<Health> {
  try {
    const body = await apiFetch<{ status?: string } | null>('/actuator/health');
    return body?.status === 'UP' ? 'up' : 'down';
  } catch (failure) {
    return failure instanceof ApiError && failure.status === 0 ? 'unreachable' : 'down';
  }
}

/** Reads the backend's actuator health when the page opens. */
export function useHealth(): Health {
  return useQuery({ queryKey: queryKeys.health, queryFn: fetchHealth }).data ?? 'checking';
}
