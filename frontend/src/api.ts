import i18n from './i18n';
import { csrfHeaders } from './session/api';

/** A refused or failed call; the message is meant for the person (the server's Chinese detail where it gave one). */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** The person-readable text of an error answer: a problem detail's detail, the engine's message, else by status. */
export function problemMessage(status: number, body: unknown): string {
  const problem = (body ?? {}) as { detail?: unknown; message?: unknown; title?: unknown };
  for (const text of [problem.detail, problem.message, problem.title]) {
    if (typeof text === 'string' && text.trim()) return text;
  }
  const known = [400, 401, 403, 404, 409, 413, 500];
  return i18n.t(`api.status.${known.includes(status) ? status : 'other'}`, { status });
}

/** JSON where the answer is JSON; the text itself otherwise (a model's XML). */
function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * Calls PolicyFlow's API or the engine's REST API with the session: JSON by default, the CSRF header on every
 * state-changing request, and errors turned into {@link ApiError}s with a readable message.
 */
export async function apiFetch<T>(url: string, init: RequestInit = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (init.body && typeof init.body === 'string' && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, csrfHeaders());
  let response: Response;
  try {
    response = await fetch(url, { ...init, method, headers });
  } catch {
    throw new ApiError(i18n.t('api.unreachable'), 0);
  }
  const text = await response.text();
  const body = parsed(text);
  if (!response.ok) throw new ApiError(problemMessage(response.status, body), response.status);
  return body as T;
}
