import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { InboxRow } from '../inbox/inboxApi';
import { Due } from '../inbox/InboxRowView';
import { shanghaiTime } from '../item/itemLogic';
import WithdrawEscalation from './WithdrawEscalation';
import TaskLink from '../inbox/TaskLink';

/** The desk's data, fetched on every visit. */
function useDesk() {
  const desk = useQuery({ queryKey: queryKeys.desk, queryFn: ({ signal }) => api.get('/api/desk', { signal }) });
  return { desk: desk.data ?? null, error: desk.error?.message ?? null };
}

function TaskQueue({ title, rows }: { title: string; rows: InboxRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{title}({rows.length})</h2>
      {rows.length === 0 ? <p>{t('inbox:deskPage.none')}</p> : (
        <ul className="inbox-list">
          {rows.map((row) => (
            <li key={row.taskId} className="inbox-row">
              <div className="inbox-row-main">
                <TaskLink taskId={row.taskId} className="inbox-title">{row.title}</TaskLink>
                <div className="inbox-meta"><Due daysLeft={row.daysLeft} overdueDays={row.overdueDays} due={row.due} /></div>
              </div>
              <div className="inbox-actions"><TaskLink taskId={row.taskId} className="button primary">{t('inbox:deskPage.act')}</TaskLink></div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type EscalationFacts = { itemLabel: string; itemTitle: string; level: string; levelName: string; departmentName: string;
  periodLabel?: string | null };

/** What every escalation row of the desk says first: the item, the level, the body and the period. */
function EscalationHead({ escalation: e, children }: { escalation: EscalationFacts; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="inbox-row-main">
      <span className="inbox-title">{e.itemLabel} {e.itemTitle}</span>
      <div className="inbox-meta">
        <span className={`level level-${e.level.toLowerCase()}`}>{e.levelName}</span>
        <span>{t('inbox:deskPage.department')}:{e.departmentName}</span>
        {e.periodLabel && <span>{e.periodLabel}</span>}
        {children}
      </div>
    </div>
  );
}

/** The current level's 督办单 by its number, to print (PDF) or to edit before signing (Word). */
function NoticePaper({ noticeId, number }: { noticeId: number; number?: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="notice-paper">
      {number && <span>{number}</span>}
      {(['pdf', 'docx'] as const).map((format) => (
        <a key={format} href={`/api/escalations/notices/${noticeId}?format=${format}`} download>
          {t(`inbox:deskPage.notice.${format}`)}
        </a>
      ))}
    </span>
  );
}

export default function DeskPage() {
  const { t } = useTranslation();
  const { desk, error } = useDesk();
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!desk) return <p role="status">{t('inbox:deskPage.loading')}</p>;
  return (
    <section className="desk">
      <h1>{t('inbox:deskPage.title')}</h1>
      <div className="card">
        <h2>{t('inbox:deskPage.escalations')}({desk.escalations.length})</h2>
        {desk.escalations.length === 0 ? <p>{t('inbox:deskPage.none')}</p> : (
          <ul className="inbox-list">
            {desk.escalations.map(({ escalation: e, taskId }) => (
              <li key={e.id} className={`inbox-row escalation-${e.level.toLowerCase()}`}>
                <EscalationHead escalation={e}>
                  <span>{t('inbox:deskPage.age', { count: e.ageDays })}</span>
                  <span>{t('inbox:deskPage.reason')}:{e.reason}</span>
                  {e.noticeId != null && <NoticePaper noticeId={e.noticeId} number={e.noticeNumber} />}
                </EscalationHead>
                <div className="inbox-actions">
                  {taskId ? <TaskLink taskId={taskId} className="button primary">{t('inbox:deskPage.act')}</TaskLink>
                    : <span>{t('inbox:deskPage.waiting')}</span>}
                  <WithdrawEscalation id={e.id} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>{t('inbox:deskPage.ended')}({desk.ended.length})</h2>
        {desk.ended.length === 0 ? <p>{t('inbox:deskPage.none')}</p> : (
          <ul className="inbox-list">
            {desk.ended.map((e) => (
              <li key={e.id} className="inbox-row">
                <EscalationHead escalation={e}>
                  <strong>{t(`inbox:deskPage.endings.${e.endCause ?? e.status}`)}</strong>
                  {e.endNote && <span>{e.endNote}</span>}
                  {e.closedAt && <time dateTime={e.closedAt}>{shanghaiTime(e.closedAt)}</time>}
                </EscalationHead>
              </li>
            ))}
          </ul>
        )}
      </div>
      <TaskQueue title={t('inbox:deskPage.reviews')} rows={desk.reviews.rows} />
      <TaskQueue title={t('inbox:deskPage.extensions')} rows={desk.extensions.rows} />
    </section>
  );
}
