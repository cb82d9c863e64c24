import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The item page's data; nothing is asked for an address that names no item (id null). */
export function useItem(id: number | null) {
  return useQuery({
    queryKey: queryKeys.item(String(id)),
    queryFn: ({ signal }) => api.get('/api/items/{id}', { path: { id: id ?? 0 }, signal }),
    enabled: id !== null,
  });
}
