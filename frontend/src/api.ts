/** PolicyFlow's own API: GET JSON; a refused request becomes an ApiError with the server's (Chinese) message. */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  401: '登录已失效,请重新登录。',
  403: '没有权限查看该内容。',
  404: '没有找到所请求的内容。',
};

/** The problem detail's message, else a Chinese sentence for the status. */
export async function problemMessage(response: Response): Promise<string> {
  const problem = await response.json().catch(() => null);
  if (problem && typeof problem.detail === 'string' && problem.detail) return problem.detail;
  return STATUS_MESSAGES[response.status] ?? `服务器暂时无法处理请求(状态 ${response.status}),请稍后重试。`;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (failure) {
    if (signal?.aborted) throw failure;
    throw new ApiError('无法连接服务器,请稍后重试。', 0);
  }
  if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
  return response.json() as Promise<T>;
}
