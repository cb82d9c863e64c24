import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import ItemWorkPlan from './ItemWorkPlan';
import { shanghaiTime } from './itemLogic';
import type { WorkPlan } from './types';
import { draftOf, requestCells, type CellError, type DraftCell } from './workPlanChangeLogic';

const MAX_REASON = 2000;

/**
 * The item's work plan, and for its lead 申请调整工作计划: the same table with every cell editable, a reason, and
 * the request to the coordinating office; while a request is open, 调整申请审批中.
 */
export default function WorkPlanChange({ itemId, plan }: { itemId: number; plan: WorkPlan | null | undefined }) {
  const { t } = useTranslation('item');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<DraftCell[][] | null>(null);
  const [reason, setReason] = useState('');
  const [cellError, setCellError] = useState<CellError | null>(null);
  const request = useMutation({
    mutationFn: (body: { reason: string; cells: { plannedValue: number | null; milestone: string }[] }) =>
      api.post('/api/items/{id}/work-plan-changes', { path: { id: itemId }, body }),
    onSuccess: () => {
      setDraft(null);
      setReason('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(String(itemId)) });
    },
  });
  if (!plan || !draft) {
    return (
      <>
        <ItemWorkPlan plan={plan} />
        {plan?.changeRequestedAt && (
          <p className="work-plan-pending" role="status">
            {t('workPlanChange.pending', { at: shanghaiTime(plan.changeRequestedAt) })}
          </p>
        )}
        {plan?.mayRequestChange && (
          <button type="button" onClick={() => { setDraft(draftOf(plan)); setCellError(null); request.reset(); }}>
            {t('workPlanChange.open')}
          </button>
        )}
      </>
    );
  }
  const submit = () => {
    const cells = requestCells(draft);
    if ('error' in cells) {
      setCellError(cells.error);
      return;
    }
    setCellError(null);
    request.mutate({ reason, cells: cells.cells });
  };
  return (
    <form className="work-plan-change" noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <ItemWorkPlan plan={plan} edit={{
        draft, error: cellError,
        onChange: (row, column, cell) => {
          setDraft(draft.map((cells, r) => r !== row ? cells : cells.map((old, c) => c === column ? cell : old)));
          // the cell's error goes as the user corrects it, as a form field's does
          if (cellError?.row === row && cellError.column === column) setCellError(null);
        },
      }} />
      <label className="work-plan-reason">
        {t('workPlanChange.reason')}
        <textarea value={reason} maxLength={MAX_REASON} required rows={3} onChange={(event) => setReason(event.target.value)} />
        <span className="counter">{reason.length} / {MAX_REASON}</span>
      </label>
      <div className="work-plan-actions">
        {cellError && <p className="error" role="alert">{t('workPlanChange.fixCell')}</p>}
        {request.error && <p className="error" role="alert">{request.error.message}</p>}
        <button type="submit" className="primary" disabled={request.isPending}>{t('workPlanChange.submit')}</button>
        <button type="button" onClick={() => setDraft(null)}>{t('workPlanChange.cancel')}</button>
      </div>
    </form>
  );
}
