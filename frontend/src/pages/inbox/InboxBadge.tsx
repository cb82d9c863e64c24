import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchCount, INBOX_CHANGED } from './inboxApi';

/** The number of open tasks beside 我的待办 in the navigation; counts again on navigation and inbox changes. */
export default function InboxBadge() {
  const [count, setCount] = useState<{ open: number; overdue: number } | null>(null);
  const location = useLocation();
  useEffect(() => {
    let current = true;
    const load = () => fetchCount().then((c) => current && setCount(c)).catch(() => current && setCount(null));
    load();
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      current = false;
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, [location.pathname]);
  if (!count || count.open === 0) return null;
  return <span className={`count-badge${count.overdue > 0 ? ' overdue' : ''}`} data-testid="inbox-count">{count.open}</span>;
}
