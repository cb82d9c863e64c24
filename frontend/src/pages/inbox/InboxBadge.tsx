import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useRecountOnNavigation } from '../../layout/useRecountOnNavigation';
import { fetchCount } from './inboxApi';

/** The number of open tasks beside 我的待办 in the navigation; counts again on navigation and on task changes. */
export default function InboxBadge() {
  const count = useQuery({ queryKey: queryKeys.inboxCount, queryFn: fetchCount });
  useRecountOnNavigation(queryKeys.inboxCount);
  if (count.isError || !count.data || count.data.open === 0) return null;
  return <span className={`count-badge${count.data.overdue > 0 ? ' overdue' : ''}`} data-testid="inbox-count">{count.data.open}</span>;
}
