import i18n from './i18n';
import { csrfHeaders } from './session/api';

/** A refused API call, with a message for the user in the page's language. */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

const KNOWN_STATUSES = [400, 401, 403, 404, 409, 413, 415];

/** Whether a text has Chinese characters (the server's details do; the engine's own messages do not). */
export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/**
 * The message of a problem detail (PolicyFlow) or of a Camunda REST error, in the page's language. The server writes
 * Chinese details: Chinese mode shows them, English mode the status's own message. A detail without Chinese (an
 * engine message) is shown in both languages after a translated lead-in.
 */
export function problemMessage(status: number, body: unknown): string {
  const reason = serverReason(body);
  const chinese = i18n.language !== 'en';
  if (reason && hasChinese(reason) && chinese) return reason;
  if (reason && !hasChinese(reason)) return i18n.t('errors.refused', { reason });
  return KNOWN_STATUSES.includes(status)
    ? i18n.t(`errors.status.${status}`)
    : i18n.t('errors.server', { status });
}

// Camunda wraps a listener's refusal as "Cannot submit task form <id>: <reason>"; the reason is what users need.
function serverReason(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const { detail, message } = body as { detail?: unknown; message?: unknown };
  if (typeof detail === 'string' && detail) return detail;
  if (typeof message === 'string' && message) return message.replace(/^Cannot submit task form [^:]+:\s*/, '');
  return null;
}

/** fetch for /api and /engine-rest: JSON in and out, CSRF header on changes, problems thrown as ApiError. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  if (init.body && typeof init.body === 'string') headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers });
  } catch (failure) {
    if (init.signal?.aborted) throw failure;
    throw new ApiError(i18n.t('errors.unreachable'), 0);
  }
  const text = await response.text();
  const body = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(problemMessage(response.status, body), response.status);
  return body as T;
}

/** A GET that the caller may abort (a page that fetches again or goes away). */
export const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => apiFetch<T>(path, { signal });

/** JSON where the answer is JSON; the text itself otherwise (a model's XML). */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
