import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../session/SessionContext';
import ModelDiff from '../diff/ModelDiff';
import '../diff/diff.css';
import ReviewDecision from './ReviewDecision';
import { useDeployedLatest, useReview, type ChangeStatus } from './useReview';

/**
 * 模型审核 (/modeler/review): the model changes modellers submitted. Administrators see each pending change's
 * difference from the deployed version and approve (the server deploys it) or return it with a reason; modellers
 * see their changes' status and the reason of a returned one.
 */
export default function ReviewPage() {
  const { t, i18n } = useTranslation('modelDiff');
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'PENDING') as ChangeStatus | '';
  const review = useReview(status);
  const chosenId = Number(params.get('change') ?? NaN);
  const chosen = review.changes?.find((change) => change.id === chosenId) ?? review.changes?.[0];
  const deployed = useDeployedLatest(chosen?.resourceName);
  const [decided, setDecided] = useState<string | null>(null);
  if (!roles.includes('MODELLER') && !roles.includes('ADMIN')) return <p className="card">{t('forbidden')}</p>;

  const select = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    if (name === 'status') next.delete('change');
    setParams(next, { replace: true });
    setDecided(null);
  };
  const time = (at: string) => new Date(at).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' });
  return (
    <section className="modeler review-page">
      <h1>{t('review.title')}</h1>
      <div className="card diff-versions">
        <label>
          {t('review.status')}{' '}
          <select value={status} onChange={(event) => select('status', event.target.value)}>
            {(['PENDING', 'RETURNED', 'APPROVED', ''] as const).map((value) => (
              <option key={value} value={value}>{t(`review.statuses.${value || 'ALL'}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {review.error && <p className="error" role="alert">{review.error}</p>}
      {decided && <p className="success" role="status">{decided}</p>}
      <div className="modeler-layout">
        <div className="card">
          {review.changes?.length === 0 && <p className="muted">{t('review.empty')}</p>}
          <ul className="review-list">
            {review.changes?.map((change) => (
              <li key={change.id}>
                <button type="button" className={change.id === chosen?.id ? 'active' : ''} onClick={() => select('change', String(change.id))}>
                  #{change.id} {change.resourceName}
                </button>
                <div className="muted">{t(`review.statuses.${change.status}`)} · {change.submittedBy} · {time(change.submittedAt)}</div>
              </li>
            ))}
          </ul>
        </div>
        <div className="modeler-main">
          {chosen && (
            <>
              <div className="card">
                <h2>#{chosen.id} {chosen.resourceName}</h2>
                <p>{t('review.submitted', { user: chosen.submittedBy, at: time(chosen.submittedAt) })}</p>
                {chosen.decidedBy && chosen.decidedAt && (
                  <p>{t(`review.decided.${chosen.status}`, { user: chosen.decidedBy, at: time(chosen.decidedAt) })}</p>
                )}
                {chosen.returnReason && <p className="error" role="note">{t('review.reason', { reason: chosen.returnReason })}</p>}
                {chosen.status === 'PENDING' && roles.includes('ADMIN') && (
                  <ReviewDecision change={chosen} review={review} onDecided={setDecided} />
                )}
              </div>
              {deployed === null ? <p className="card" role="status">{t('loading')}</p> : (
                <ModelDiff kind={chosen.kind} before={deployed} after={chosen.content}
                  beforeLabel={t('review.deployed')} afterLabel={t('review.proposed')} />
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
