import { useCallback, useEffect, useState } from 'react';
import { announceInboxChange, fetchInbox, type InboxFilter, type InboxPage } from './inboxApi';

export type InboxState = { page: InboxPage | null; loading: boolean; error: string | null };

/** The inbox page's data: loads on every filter change; act() runs an action and reloads. */
export function useInbox(filter: InboxFilter) {
  const [state, setState] = useState<InboxState>({ page: null, loading: true, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    fetchInbox(filter)
      .then((page) => current && setState({ page, loading: false, error: null }))
      .catch((e: Error) => current && setState((previous) => ({ ...previous, loading: false, error: e.message })));
    return () => {
      current = false;
    };
  }, [filter, version]);

  const act = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (e) {
      setState((previous) => ({ ...previous, error: (e as Error).message }));
    }
    announceInboxChange();
    setVersion((v) => v + 1);
  }, []);

  return { ...state, act };
}
