import { useApi } from '../../useApi';
import type { Dashboard } from './types';

/** The dashboard of a plan (the latest without one). */
export function useDashboard(planId: number | null) {
  return useApi<Dashboard>(planId === null ? '/api/dashboard' : `/api/dashboard?planId=${planId}`);
}
