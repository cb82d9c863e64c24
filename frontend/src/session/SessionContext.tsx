import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { queryKeys } from '../api/queryKeys';
import * as api from './api';
import type { SessionUser } from './api';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: SessionUser };

type SessionValue = {
  state: SessionState;
  login: (username: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

// a server that cannot say who is logged in sends the browser to the login page
const sessionOrNobody = () => api.fetchSession().catch(() => null);

/** Asks the server once who is logged in, and keeps the answer for the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: queryKeys.session, queryFn: sessionOrNobody, staleTime: Infinity });

  // another user must not see what the cache kept for the one before
  const startOver = useCallback((user: SessionUser | null) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    queryClient.setQueryData(queryKeys.session, user);
  }, [queryClient]);

  const login = useCallback(async (username: string, password: string) => {
    const user = await api.login(username, password);
    startOver(user);
    return user;
  }, [startOver]);

  const logout = useCallback(async () => {
    await api.logout();
    startOver(null);
  }, [startOver]);

  const state: SessionState = useMemo(() => {
    if (session.isPending) return { status: 'loading' };
    return session.data ? { status: 'authenticated', user: session.data } : { status: 'anonymous' };
  }, [session.isPending, session.data]);
  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
