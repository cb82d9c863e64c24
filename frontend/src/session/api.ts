import { apiFetch } from '../api/client';
import { hasCsrfToken } from '../api/csrf';
import { ApiError } from '../api/problem';
import type { components } from '../api/schema';

/** PolicyFlow's login session: one session cookie for the app, the Camunda webapps and /engine-rest. */
export type SessionUser = components['schemas']['SessionView'];

/** A refused login; the message comes from the server (Chinese), the code tells why. */
export class LoginError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

const SESSION = '/api/session';

/** The logged-in user, or null without a session. */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    return await apiFetch<SessionUser>(SESSION);
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) return null;
    throw failure;
  }
}

export async function login(username: string, password: string): Promise<SessionUser> {
  if (!hasCsrfToken()) {
    await fetchSession(); // the server sets the CSRF cookie on every answer
  }
  try {
    return await apiFetch<SessionUser>(SESSION, { method: 'POST', body: JSON.stringify({ username, password }) });
  } catch (failure) {
    if (!(failure instanceof ApiError) || failure.status === 0) throw failure;
    const problem = (failure.problem ?? {}) as { detail?: string; code?: string };
    throw new LoginError(problem.detail ?? `${failure.status}`, problem.code ?? 'login-failed');
  }
}

/** Ends the session; a refusal by the server (the session had already ended) ends it all the same. */
export async function logout(): Promise<void> {
  await apiFetch<void>(SESSION, { method: 'DELETE' }).catch((failure) => {
    if (!(failure instanceof ApiError) || failure.status === 0) throw failure;
  });
}

/** Where to go after the login: only a path of this site, never another host. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
