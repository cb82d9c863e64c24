// not XSRF-TOKEN: that one belongs to the Camunda webapps under /camunda
const CSRF_COOKIE = 'POLICYFLOW-XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : null;
}

/** Whether the server has handed out its CSRF token yet (it sets the cookie on every answer). */
export const hasCsrfToken = () => readCookie(CSRF_COOKIE) !== null;

/** Headers of a state-changing request: the CSRF token the server put into its cookie. */
export function csrfHeaders(): Record<string, string> {
  const token = readCookie(CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}
