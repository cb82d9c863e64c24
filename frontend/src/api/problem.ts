import i18n from '../i18n';

/** A refused API call, with a message for the user in the page's language and the server's problem detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: unknown;

  constructor(message: string, status: number, problem: unknown = null) {
    super(message);
    this.status = status;
    this.problem = problem;
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

/**
 * The server's own words for a refusal. Camunda wraps a listener's refusal as "Cannot submit task form <id>: <reason>";
 * the reason is what users need.
 */
export function serverReason(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const { detail, message } = body as { detail?: unknown; message?: unknown };
  if (typeof detail === 'string' && detail) return detail;
  if (typeof message === 'string' && message) return message.replace(/^Cannot submit task form [^:]+:\s*/, '');
  return null;
}
