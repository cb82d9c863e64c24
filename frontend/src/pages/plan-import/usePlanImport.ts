import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '../../api';
import { toRequest, type Corrections } from './corrections';
import type { Body, CalendarAnchor, ImportResult, PlanPreview } from './types';

export type ImportPhase =
  | { step: 'source' }
  | { step: 'previewing' }
  | { step: 'preview' }
  | { step: 'importing'; startedAt: number }
  | { step: 'done'; result: ImportResult };

/** All the page's data and calls: the registry, the preview of the text, the corrections and the import itself. */
export function usePlanImport() {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<ImportPhase>({ step: 'source' });
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [registry, setRegistry] = useState<Body[]>([]);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [anchor, setAnchor] = useState<CalendarAnchor>('REBASED');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    apiFetch<Body[]>('/api/departments')
      .then((bodies) => active && setRegistry(bodies))
      .catch((failure: Error) => active && setError(failure.message));
    return () => {
      active = false;
    };
  }, []);

  const readPreview = useCallback(async () => {
    setError(null);
    setPhase({ step: 'previewing' });
    try {
      const read = await apiFetch<PlanPreview>('/api/plans/preview', { method: 'POST', body: JSON.stringify({ text }) });
      setPreview(read);
      setCorrections({});
      setPhase({ step: 'preview' });
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ step: 'source' });
    }
  }, [text]);

  const confirm = useCallback(async () => {
    setError(null);
    setPhase({ step: 'importing', startedAt: Date.now() });
    try {
      const result = await apiFetch<ImportResult>('/api/plans', {
        method: 'POST',
        body: JSON.stringify({ text, calendarAnchor: anchor, corrections: toRequest(corrections) }),
      });
      setPhase({ step: 'done', result });
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ step: 'preview' });
    }
  }, [text, anchor, corrections]);

  const startOver = useCallback(() => {
    setPreview(null);
    setCorrections({});
    setError(null);
    setPhase({ step: 'source' });
  }, []);

  return {
    text, setText, phase, preview, registry, corrections, setCorrections, anchor, setAnchor, error,
    readPreview, confirm, startOver,
  };
}
