import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useReview } from './useReview';

type Review = ReturnType<typeof useReview>;
type Change = NonNullable<Review['changes']>[number];

/** 批准 / 退回 of a pending change (administrators): approving deploys it, returning needs a reason. */
export default function ReviewDecision({ change, review, onDecided }: { change: Change; review: Review; onDecided: (message: string) => void }) {
  const { t } = useTranslation('modelDiff');
  const [reason, setReason] = useState('');
  const failure = review.approve.error ?? review.giveBack.error;
  const busy = review.approve.isPending || review.giveBack.isPending;
  const approve = () => review.approve.mutate(change.id, { onSuccess: () => onDecided(t('review.approved', { id: change.id })) });
  const giveBack = () => review.giveBack.mutate({ id: change.id, reason }, { onSuccess: () => onDecided(t('review.returned', { id: change.id })) });
  return (
    <div className="review-actions">
      <button type="button" className="primary" disabled={busy} onClick={approve}>{t('review.approve')}</button>
      <textarea aria-label={t('review.reasonLabel')} placeholder={t('review.reasonLabel')} value={reason} maxLength={1000}
        onChange={(event) => setReason(event.target.value)} />
      <button type="button" disabled={busy || reason.trim().length < 2} onClick={giveBack}>{t('review.giveBack')}</button>
      {failure && <p className="error" role="alert">{failure.message}</p>}
    </div>
  );
}
