import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { invalidateTasks } from '../inbox/useInbox';

/** The office withdraws or closes an open 督办 by hand, with a reason that the desk and the item's timeline show. */
export default function WithdrawEscalation({ id }: { id: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => api.post('/api/escalations/{id}/withdraw', { path: { id }, body: { reason } }),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: queryKeys.desk });
      invalidateTasks(queryClient);
    },
  });
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)}>{t('inbox:deskPage.withdraw')}</button>;
  }
  return (
    <form className="withdraw" onSubmit={(event) => { event.preventDefault(); withdraw.mutate(); }}>
      <label>
        {t('inbox:deskPage.withdrawReason')}
        <textarea value={reason} maxLength={1000} required minLength={2} onChange={(event) => setReason(event.target.value)} />
      </label>
      {withdraw.error && <p className="error" role="alert">{withdraw.error.message}</p>}
      <button type="submit" className="primary" disabled={withdraw.isPending}>{t('inbox:deskPage.withdrawConfirm')}</button>
      <button type="button" onClick={() => setOpen(false)}>{t('inbox:deskPage.cancel')}</button>
    </form>
  );
}
