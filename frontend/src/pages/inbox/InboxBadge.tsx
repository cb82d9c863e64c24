import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { queryKeys } from '../../api/queryKeys';
import { fetchCount } from './inboxApi';

/** The number of open tasks beside 我的待办 in the navigation; counts again on navigation and on task changes. */
export default function InboxBadge() {
  const queryClient = useQueryClient();
  const count = useQuery({ queryKey: queryKeys.inboxCount, queryFn: fetchCount });
  const { pathname } = useLocation();
  const countedAt = useRef(pathname);
  useEffect(() => {
    // tasks may have changed elsewhere (Tasklist, a colleague) while the user was on the last page
    if (countedAt.current === pathname) return;
    countedAt.current = pathname;
    void queryClient.invalidateQueries({ queryKey: queryKeys.inboxCount });
  }, [pathname, queryClient]);
  if (count.isError || !count.data || count.data.open === 0) return null;
  return <span className={`count-badge${count.data.overdue > 0 ? ' overdue' : ''}`} data-testid="inbox-count">{count.data.open}</span>;
}
