import i18n from '../i18n';
import { csrfHeaders } from './csrf';
import { ApiError, problemMessage } from './problem';
import type { paths } from './schema';

/**
 * The web client's one way to the server, for /api, /engine-rest and /actuator: JSON in and out, the session cookie,
 * the CSRF header on changes, problems thrown as ApiError with a message for the user.
 */
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
  if (!response.ok) throw new ApiError(problemMessage(response.status, body), response.status, body);
  return body as T;
}

/** JSON where the answer is JSON; the text itself otherwise (a model's XML). */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// PolicyFlow's own API, typed by the server's OpenAPI description (src/api/schema.d.ts, generated)

type Method = 'get' | 'post' | 'put' | 'delete';
type PathWith<M extends Method> = { [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never }[keyof paths];
type Operation<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer O } ? O : never;

type Parameters<O> = O extends { parameters: infer X } ? X : never;
type PathOption<O> = Parameters<O> extends { path: infer T } ? { path: T } : { path?: never };
type QueryOption<O> = Parameters<O> extends { query?: infer T } ? { query?: T } : { query?: never };
// an operation that also takes an upload is still called with its other bodies (JSON) as before
type Body<C> = 'multipart/form-data' extends keyof C ? FormData | C[Exclude<keyof C, 'multipart/form-data'>] : C[keyof C];
type BodyOption<O> = O extends { requestBody?: infer B } ? B extends { content: infer C } ? { body: Body<C> } : { body?: never }
  : { body?: never };
type Options<O> = PathOption<O> & QueryOption<O> & BodyOption<O> & { signal?: AbortSignal };
/** Options may be left out where the operation has no path parameters and no body. */
type OptionsArgument<O> = object extends Options<O> ? [options?: Options<O>] : [options: Options<O>];

type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : R extends { 202: infer A } ? A
  : R extends { 204: infer A } ? A : never;
type Content<A> = A extends { content: infer C } ? C[keyof C] : void;
/** What an operation answers when it succeeds. */
export type Answer<O> = O extends { responses: infer R } ? Content<Success<R>> : never;

function url(template: string, path: object = {}, query: object = {}): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((path as Record<string, unknown>)[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

function call<M extends Method>(method: M) {
  return <P extends PathWith<M>>(path: P, ...[options]: OptionsArgument<Operation<P, M>>) => {
    const { path: names, query, body, signal } = (options ?? {}) as { path?: object; query?: object; body?: unknown; signal?: AbortSignal };
    const sent = body === undefined || body instanceof FormData ? body : JSON.stringify(body);
    return apiFetch<Answer<Operation<P, M>>>(url(path, names, query), { method: method.toUpperCase(), body: sent, signal });
  };
}

/** Calls of /api by the path and method the server documents, e.g. api.get('/api/items/{id}', { path: { id } }). */
export const api = {
  get: call('get'),
  post: call('post'),
  put: call('put'),
  delete: call('delete'),
};
