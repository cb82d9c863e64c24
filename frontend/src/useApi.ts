import { useEffect, useState } from 'react';
import { getJson } from './api';

export type ApiState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

const LOADING = { status: 'loading' } as const;

/** GET a URL of PolicyFlow's API whenever it changes; a page's one data source. Loading until the URL's answer. */
export function useApi<T>(url: string): ApiState<T> {
  const [answer, setAnswer] = useState<{ url: string; state: ApiState<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getJson<T>(url, controller.signal)
      .then((data) => setAnswer({ url, state: { status: 'ready', data } }))
      .catch((failure: Error) => {
        if (!controller.signal.aborted) setAnswer({ url, state: { status: 'error', message: failure.message } });
      });
    return () => controller.abort();
  }, [url]);
  return answer?.url === url ? answer.state : LOADING;
}
