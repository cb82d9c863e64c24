import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import ChangeList from './ChangeList';
import { countByKind, diffMarkers, diffModel, type ModelKind } from './modelDiff';
import type { ModelChange } from './types';

const DiffDiagram = lazy(() => import('./DiffDiagram'));

type Props = { kind: ModelKind; before: string; after: string; beforeLabel: string; afterLabel: string };

/**
 * What changed from one version of a model to another: for BPMN the diagram of either version with the changes
 * marked, and for every kind the list of changes. Used by the version comparison and by the review of a change.
 */
export default function ModelDiff({ kind, before, after, beforeLabel, afterLabel }: Props) {
  const { t } = useTranslation('modelDiff');
  const [result, setResult] = useState<{ key: string; changes: ModelChange[] | null; failure: string | null } | null>(null);
  const [shown, setShown] = useState<'after' | 'before'>('after');
  const key = `${kind}\n${before}\n${after}`;
  useEffect(() => {
    let active = true;
    diffModel(kind, before, after)
      .then((changes) => active && setResult({ key, changes, failure: null }))
      .catch((failure: Error) => active && setResult({ key, changes: null, failure: failure.message }));
    return () => { active = false; };
  }, [kind, before, after, key]);
  const changes = result?.key === key ? result.changes : null;
  const markers = useMemo(() => diffMarkers(changes ?? [], shown), [changes, shown]);
  if (result?.key === key && result.failure) return <p className="card error" role="alert">{t('failed', { message: result.failure })}</p>;
  if (!changes) return <p className="card" role="status">{t('comparing')}</p>;
  const counts = countByKind(changes);
  const diagram = kind === 'BPMN' && (shown === 'after' || before.trim() !== '');
  return (
    <div className={`model-diff${diagram ? '' : ' no-diagram'}`}>
      {diagram && (
        <div className="card">
          <div className="diff-versions" role="group" aria-label={t('showVersion')}>
            <button type="button" aria-pressed={shown === 'after'} onClick={() => setShown('after')}>{afterLabel}</button>
            <button type="button" aria-pressed={shown === 'before'} onClick={() => setShown('before')}>{beforeLabel}</button>
          </div>
          <Suspense fallback={<p role="status">{t('diagramLoading')}</p>}>
            <DiffDiagram xml={shown === 'after' ? after : before} markers={markers} />
          </Suspense>
          <p className="diff-legend">
            <span className="added">{t('kind.added')}</span>
            <span className="removed">{t('kind.removed')}</span>
            <span className="changed">{t('kind.changed')}</span>
          </p>
        </div>
      )}
      <div className="card">
        <h2>{t('summary', { from: beforeLabel, to: afterLabel })}</h2>
        <p className="muted">{t('counts', counts)}</p>
        <ChangeList changes={changes} />
      </div>
    </div>
  );
}
