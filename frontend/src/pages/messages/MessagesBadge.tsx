import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { queryKeys } from '../../api/queryKeys';
import { fetchUnread } from './messagesApi';

/** The unread 站内消息 beside 消息 in the header; counts again on navigation and every minute. */
export default function MessagesBadge() {
  const queryClient = useQueryClient();
  const unread = useQuery({ queryKey: queryKeys.messagesUnread, queryFn: fetchUnread, refetchInterval: 60_000 });
  const { pathname } = useLocation();
  const countedAt = useRef(pathname);
  useEffect(() => {
    // reminders arrive from timers while the user works elsewhere
    if (countedAt.current === pathname) return;
    countedAt.current = pathname;
    void queryClient.invalidateQueries({ queryKey: queryKeys.messagesUnread });
  }, [pathname, queryClient]);
  if (unread.isError || !unread.data || unread.data.unread === 0) return null;
  return <span className="count-badge" data-testid="messages-unread">{unread.data.unread}</span>;
}
