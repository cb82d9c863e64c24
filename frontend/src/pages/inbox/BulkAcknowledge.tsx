import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeTasks, canSignInBulk, MAX_ACKNOWLEDGEMENT_COMMENT, type InboxRow } from './inboxApi';
import { invalidateTasks } from './useInbox';

type Props = { rows: InboxRow[]; userId: string; selected: string[]; onSelect: (taskIds: string[]) => void };

/**
 * 批量签收: the 签收配合任务 / 签收落实任务 of the page that the user may sign, chosen by the rows' boxes or all at once,
 * signed in one request with one optional 签收说明; the server records each as its own form would.
 */
export default function BulkAcknowledge({ rows, userId, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const signable = rows.filter((row) => canSignInBulk(row, userId)).map((row) => row.taskId);
  const chosen = selected.filter((taskId) => signable.includes(taskId));
  const sign = useMutation({
    mutationFn: () => acknowledgeTasks(chosen, comment),
    onSuccess: () => {
      onSelect([]);
      setComment('');
    },
    onSettled: () => invalidateTasks(queryClient),
  });
  if (signable.length === 0 && sign.isIdle) return null;
  const all = signable.length > 0 && chosen.length === signable.length;

  return (
    <section className="bulk-acknowledge" aria-label={t('inbox:bulk.title')}>
      {signable.length > 0 && (
        <>
          <label className="bulk-all">
            <input type="checkbox" checked={all} onChange={() => onSelect(all ? [] : signable)} />
            {t('inbox:bulk.selectAll', { count: signable.length })}
          </label>
          <label className="bulk-comment">
            {t('inbox:bulk.comment')}
            <input type="text" value={comment} maxLength={MAX_ACKNOWLEDGEMENT_COMMENT}
              onChange={(event) => setComment(event.target.value)} />
            {comment.length > 0 && <span className="counter">{comment.length}/{MAX_ACKNOWLEDGEMENT_COMMENT}</span>}
          </label>
          <button type="button" className="button primary" disabled={chosen.length === 0 || sign.isPending}
            onClick={() => sign.mutate()}>
            {sign.isPending ? t('inbox:bulk.signing') : t('inbox:bulk.sign', { count: chosen.length })}
          </button>
        </>
      )}
      {sign.isSuccess && <p className="success" role="status">{t('inbox:bulk.signed', { count: sign.data.length })}</p>}
      {sign.error && <p className="error" role="alert">{sign.error.message}</p>}
    </section>
  );
}
