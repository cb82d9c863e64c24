import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import BulkAcknowledge from './BulkAcknowledge';
import InboxFilters from './InboxFilters';
import InboxRowView from './InboxRowView';
import { canSignInBulk, EMPTY_FILTER, PAGE_SIZE, type InboxFilter } from './inboxApi';
import { useInbox } from './useInbox';

export default function InboxPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const userId = state.status === 'authenticated' ? state.user.userId : '';
  const [filter, setFilter] = useState<InboxFilter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<string[]>([]);
  const { page, loading, error, act } = useInbox(filter);
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;

  return (
    <section className="inbox">
      <h1>{t('inbox:title')}</h1>
      <InboxFilters filter={filter} onChange={setFilter} />
      {error && <p className="error" role="alert">{error}</p>}
      {!page && loading && <p role="status">{t('inbox:loading')}</p>}
      {page && (
        <>
          <p className="inbox-total">{t('inbox:total', { count: page.total })}{loading && ` · ${t('inbox:loading')}`}</p>
          <BulkAcknowledge rows={page.rows} userId={userId} selected={selected} onSelect={setSelected} />
          {page.rows.length === 0 ? <p>{t('inbox:empty')}</p> : (
            <ul className="inbox-list">
              {page.rows.map((row) => (
                <InboxRowView key={row.taskId} row={row} userId={userId} act={act}
                  select={canSignInBulk(row, userId) ? {
                    checked: selected.includes(row.taskId),
                    onChange: () => setSelected(selected.includes(row.taskId)
                      ? selected.filter((id) => id !== row.taskId) : [...selected, row.taskId]),
                  } : undefined} />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <div className="pager">
              <button type="button" disabled={filter.page === 0} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>
                {t('inbox:previous')}
              </button>
              <span>{t('inbox:page', { page: filter.page + 1 })} / {pages}</span>
              <button type="button" disabled={filter.page + 1 >= pages} onClick={() => setFilter({ ...filter, page: filter.page + 1 })}>
                {t('inbox:next')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
