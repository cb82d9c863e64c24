import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The item page's data. */
export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(id ?? ''),
    queryFn: ({ signal }) => api.get('/api/items/{id}', { path: { id: Number(id) }, signal }),
  });
}
