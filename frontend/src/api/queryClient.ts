import { QueryClient } from '@tanstack/react-query';

/**
 * The cache of server data. A page fetches its data each time it opens, as before the cache; a refused or failed
 * call is shown at once (no retries), and switching windows fetches nothing.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
