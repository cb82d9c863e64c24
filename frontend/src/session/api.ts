/** PolicyFlow's login session: one session cookie for the app, the Camunda webapps and /engine-rest. */
export type GroupRef = { id: string; name: string };

export type SessionUser = {
  userId: string;
  name: string;
  groups: GroupRef[];
  department: GroupRef | null;
  roles: string[];
};

/** A refused login; the message comes from the server (Chinese), the code tells why. */
export class LoginError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

const SESSION = '/api/session';
// not XSRF-TOKEN: that one belongs to the Camunda webapps under /camunda
const CSRF_COOKIE = 'POLICYFLOW-XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

export function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : null;
}

/** Headers of a state-changing request: the CSRF token the server put into its cookie. */
export function csrfHeaders(): Record<string, string> {
  const token = readCookie(CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

/** The logged-in user, or null without a session. */
export async function fetchSession(): Promise<SessionUser | null> {
  const response = await fetch(SESSION, { headers: { Accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`GET ${SESSION}: ${response.status}`);
  return response.json();
}

export async function login(username: string, password: string): Promise<SessionUser> {
  if (!readCookie(CSRF_COOKIE)) {
    await fetchSession(); // the server sets the CSRF cookie on every answer
  }
  const response = await fetch(SESSION, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ username, password }),
  });
  if (response.ok) return response.json();
  const problem = await response.json().catch(() => ({}));
  throw new LoginError(problem.detail ?? `${response.status}`, problem.code ?? 'login-failed');
}

export async function logout(): Promise<void> {
  await fetch(SESSION, { method: 'DELETE', headers: csrfHeaders() });
}

/** Where to go after the login: only a path of this site, never another host. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
