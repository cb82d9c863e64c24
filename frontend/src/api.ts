import { csrfHeaders } from './session/api';

/** A refused API call, with a message for the user (Chinese from the server where it sent one). */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  401: '登录已过期,请重新登录',
  403: '您没有权限执行此操作',
  404: '内容不存在,或您无权查看',
  409: '该任务已被其他人处理,请刷新后重试',
  413: '文件太大',
  415: '不支持的文件类型',
};

/** The message of a problem detail (PolicyFlow) or of a Camunda REST error; else a Chinese text for the status. */
export function problemMessage(status: number, body: unknown): string {
  if (body && typeof body === 'object') {
    const { detail, message } = body as { detail?: unknown; message?: unknown };
    if (typeof detail === 'string' && detail) return detail;
    if (typeof message === 'string' && message) return camundaMessage(message);
  }
  return STATUS_MESSAGES[status] ?? `服务器错误(${status}),请稍后重试`;
}

// Camunda wraps a listener's refusal as "Cannot submit task form <id>: <reason>"; the reason is what users need.
function camundaMessage(message: string): string {
  const reason = message.replace(/^Cannot submit task form [^:]+:\s*/, '');
  return /[\u4e00-\u9fff]/.test(reason) ? reason : `操作未成功:${reason}`;
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
    throw new ApiError('无法连接服务器,请稍后重试', 0);
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
