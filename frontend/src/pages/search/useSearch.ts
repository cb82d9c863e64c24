import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { components } from '../../api/schema';

export type SearchResults = components['schemas']['SearchResults'];

/** The longest query the server takes: 50 characters (GET /api/search). */
export const MAX_QUERY = 50;

/** Items, open tasks, bodies and plans containing the text, as far as the user may see them. */
export function useSearch(query: string) {
  return useQuery({
    queryKey: queryKeys.search(query),
    queryFn: ({ signal }) => api.get('/api/search', { query: { q: query }, signal }),
    enabled: query.length > 0,
  });
}
