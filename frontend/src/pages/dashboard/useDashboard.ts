import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The dashboard of a plan (the latest without one). */
export function useDashboard(planId: number | null) {
  return useQuery({
    queryKey: queryKeys.dashboardOfPlan(planId),
    queryFn: ({ signal }) => api.get('/api/dashboard', { query: { planId: planId ?? undefined }, signal }),
  });
}
