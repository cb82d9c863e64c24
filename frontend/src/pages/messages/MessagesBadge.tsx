import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useRecountOnNavigation } from '../../layout/useRecountOnNavigation';
import { fetchUnread } from './messagesApi';

/** The unread 站内消息 beside 消息 in the header; counts again on navigation and every minute (reminders come from timers). */
export default function MessagesBadge() {
  const unread = useQuery({ queryKey: queryKeys.messagesUnread, queryFn: fetchUnread, refetchInterval: 60_000 });
  useRecountOnNavigation(queryKeys.messagesUnread);
  if (unread.isError || !unread.data || unread.data.unread === 0) return null;
  return <span className="count-badge" data-testid="messages-unread">{unread.data.unread}</span>;
}
