import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { components } from '../../api/schema';
import { toRequest, type Corrections } from './corrections';
import type { CalendarAnchor, ImportResult, PlanPreview } from './types';

export type ImportPhase =
  | { step: 'source' }
  | { step: 'previewing' }
  | { step: 'preview' }
  | { step: 'importing'; startedAt: number }
  | { step: 'done'; result: ImportResult };

// the description marks no field optional; a correction sends only what was corrected
type SentCorrections = components['schemas']['ImportRequest']['corrections'];

/** All the page's data and calls: the registry, the preview of the text, the corrections and the import itself. */
export function usePlanImport() {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<ImportPhase>({ step: 'source' });
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [anchor, setAnchor] = useState<CalendarAnchor>('REBASED');
  const [error, setError] = useState<string | null>(null);

  const registry = useQuery({ queryKey: queryKeys.departments, queryFn: () => api.get('/api/departments') });
  const reading = useMutation({
    mutationFn: (source: string) => api.post('/api/plans/preview', { body: { text: source } }),
  });
  const uploading = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post('/api/plans/preview', { body: form });
    },
  });
  const importing = useMutation({
    mutationFn: () => api.post('/api/plans', {
      body: { text, calendarAnchor: anchor, corrections: toRequest(corrections) as SentCorrections },
    }),
    // a new plan: the dashboard lists it
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
  });
  const { mutateAsync: read } = reading;
  const { mutateAsync: upload } = uploading;
  const { mutateAsync: importPlan } = importing;

  const show = useCallback(async (reader: () => Promise<PlanPreview>) => {
    setError(null);
    setPhase({ step: 'previewing' });
    try {
      const answer = await reader();
      // a document's text as the server read it: what the import sends, and what the text box shows
      if (answer.text) setText(answer.text);
      setPreview(answer);
      setCorrections({});
      setPhase({ step: 'preview' });
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ step: 'source' });
    }
  }, []);
  const readPreview = useCallback(() => show(() => read(text)), [show, read, text]);
  const readFile = useCallback((file: File) => show(() => upload(file)), [show, upload]);

  const confirm = useCallback(async () => {
    setError(null);
    setPhase({ step: 'importing', startedAt: Date.now() });
    try {
      setPhase({ step: 'done', result: await importPlan() });
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ step: 'preview' });
    }
  }, [importPlan]);

  const startOver = useCallback(() => {
    setPreview(null);
    setCorrections({});
    setError(null);
    setPhase({ step: 'source' });
  }, []);

  return {
    text, setText, phase, preview, registry: registry.data ?? [], corrections, setCorrections, anchor, setAnchor,
    error: error ?? registry.error?.message ?? null,
    readPreview, readFile, confirm, startOver,
  };
}
