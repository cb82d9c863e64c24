import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Counts a header badge again when the user moves to another page: tasks and messages change elsewhere (timers,
 * Tasklist, colleagues) while the user is on the last page.
 */
export function useRecountOnNavigation(queryKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const countedAt = useRef(pathname);
  useEffect(() => {
    if (countedAt.current === pathname) return;
    countedAt.current = pathname;
    void queryClient.invalidateQueries({ queryKey });
  }, [pathname, queryClient, queryKey]);
}
