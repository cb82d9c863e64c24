import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys';
import { shanghaiTime } from '../item/itemLogic';
import { planName } from './planName';
import { claimTask, delegateTask, dueText, fetchColleagues, unclaimTask, type Colleague, type InboxRow } from './inboxApi';
import TaskLink from './TaskLink';

type Props = {
  row: InboxRow;
  userId: string;
  act: (action: () => Promise<unknown>) => Promise<void>;
  /** The row's box for 批量签收, on tasks that can be signed in bulk. */
  select?: { checked: boolean; onChange: () => void };
};

export function Light({ light }: { light: string | null }) {
  const { t } = useTranslation();
  const key = light ?? 'NONE';
  return <span className={`light light-${key.toLowerCase()}`} title={t(`inbox:lights.${key}`)}>{t(`inbox:lights.${key}`)}</span>;
}

type DueProps = { daysLeft: number | null | undefined; overdueDays?: number | null; due?: string | null };

/** The days left (or overdue) and the due date with its time, in Suzhou. */
export function Due({ daysLeft, overdueDays, due }: DueProps) {
  const { t } = useTranslation();
  const text = dueText(daysLeft, overdueDays);
  return (
    <>
      <span className={`due due-${text.tone}`}>{t(text.key, { count: text.count })}</span>
      {due && <span className="due-at">{t('inbox:dueAt', { at: shanghaiTime(due) })}</span>}
    </>
  );
}

/** The item's plan, so that two plans' "(一)…" rows can be told apart: 苏府办〔2025〕77号 品质苏州…. */
export function PlanName({ docNumber, title }: { docNumber?: string | null; title?: string | null }) {
  const name = planName(docNumber, title);
  return name ? <span className="plan-name" title={title ?? undefined}>{name}</span> : null;
}

/** 已提醒 / 已催办 / 督办 with when, as the server keeps them on the task. */
export function Marks({ marks }: { marks: InboxRow['marks'] | null | undefined }) {
  const { t } = useTranslation();
  if (!marks) return null;
  return (
    <>
      {marks.remindedAt && <span className="mark mark-reminded">{t('inbox:marks.reminded', { at: shanghaiTime(marks.remindedAt) })}</span>}
      {marks.urgedAt && <span className="mark mark-urged">{t('inbox:marks.urged', { at: shanghaiTime(marks.urgedAt) })}</span>}
      {marks.escalatedAt && (
        <span className="mark mark-escalated">
          {t('inbox:marks.escalated', { level: marks.escalationLevel, at: shanghaiTime(marks.escalatedAt) })}
        </span>
      )}
    </>
  );
}

export default function InboxRowView({ row, userId, act, select }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [target, setTarget] = useState('');
  const mine = row.assignee === userId;

  async function openDelegation() {
    await act(async () => {
      const all = await queryClient.fetchQuery({
        queryKey: queryKeys.taskColleagues(row.taskId), queryFn: () => fetchColleagues(row.taskId),
      });
      const list = all.filter((c) => c.userId !== userId);
      setColleagues(list);
      setTarget(list[0]?.userId ?? '');
    });
  }

  return (
    <li className={`inbox-row${row.overdue ? ' inbox-row-overdue' : ''}`}>
      {select && (
        <input type="checkbox" className="inbox-select" checked={select.checked} onChange={select.onChange}
          aria-label={t('inbox:bulk.select', { title: row.title })} />
      )}
      <div className="inbox-row-main">
        <TaskLink taskId={row.taskId} className="inbox-title">{row.title}</TaskLink>
        <div className="inbox-meta">
          <PlanName docNumber={row.planDocNumber} title={row.planTitle} />
          {row.periodLabel && <span>{row.periodLabel}</span>}
          {row.role && <span className="role">{t(`inbox:roles.${row.role}`)}</span>}
          <Light light={row.light} />
          <Due daysLeft={row.daysLeft} overdueDays={row.overdueDays} due={row.due} />
          <Marks marks={row.marks} />
          <span className="assignee">{row.assigneeName ?? t('inbox:unassigned')}</span>
        </div>
      </div>
      <div className="inbox-actions">
        <TaskLink taskId={row.taskId} className="button primary">{t('inbox:open')}</TaskLink>
        {!row.assignee && <button type="button" onClick={() => act(() => claimTask(row.taskId))}>{t('inbox:claim')}</button>}
        {mine && <button type="button" onClick={() => act(() => unclaimTask(row.taskId))}>{t('inbox:unclaim')}</button>}
        {(!row.assignee || mine) && colleagues === null && (
          <button type="button" onClick={openDelegation}>{t('inbox:delegate')}</button>
        )}
      </div>
      {colleagues !== null && (
        <div className="inbox-delegate">
          <label>
            {t('inbox:delegateTo')}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {colleagues.map((c) => (
                <option key={c.userId} value={c.userId}>{c.name}({c.userId})</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!target} onClick={() => act(() => delegateTask(row.taskId, target)).then(() => setColleagues(null))}>
            {t('inbox:delegateConfirm')}
          </button>
          <button type="button" onClick={() => setColleagues(null)}>{t('inbox:cancel')}</button>
        </div>
      )}
    </li>
  );
}
