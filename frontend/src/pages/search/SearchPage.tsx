import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlanName } from '../inbox/InboxRowView';
import { shanghaiTime } from '../item/itemLogic';
import { useSearch, type SearchResults } from './useSearch';
import './search.css';

const GROUP_LIMIT = 10;

function Group({ name, count, children }: { name: string; count: number; children: ReactNode }) {
  const { t } = useTranslation('search');
  if (count === 0) return null;
  return (
    <section className="card search-group" aria-label={t(`groups.${name}`)}>
      <h2>{t(`groups.${name}`)} <span className="search-count">{count}</span></h2>
      <ul>{children}</ul>
      {count >= GROUP_LIMIT && <p className="search-more">{t('firstOnly', { count: GROUP_LIMIT })}</p>}
    </section>
  );
}

function Results({ results }: { results: SearchResults }) {
  const { t } = useTranslation('search');
  const { items, tasks, bodies, plans } = results;
  if (items.length + tasks.length + bodies.length + plans.length === 0) {
    return <p className="card" role="status">{t('nothing', { query: results.query })}</p>;
  }
  return (
    <>
      <Group name="tasks" count={tasks.length}>
        {tasks.map((task) => (
          <li key={task.id}>
            <Link to={`/tasks/${task.id}`} className="search-title">{task.title}</Link>
            <div className="inbox-meta">
              {task.departmentName && <span>{task.departmentName}</span>}
              {task.itemLabel && <span>{task.itemLabel} {task.itemTitle}</span>}
              <PlanName docNumber={task.planDocNumber} title={task.planTitle} />
              {task.due && <span className="due-at">{t('inbox:dueAt', { at: shanghaiTime(task.due) })}</span>}
            </div>
          </li>
        ))}
      </Group>
      <Group name="items" count={items.length}>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/items/${item.id}`} className="search-title">{item.label} {item.title}</Link>
            <div className="inbox-meta"><PlanName docNumber={item.planDocNumber} title={item.planTitle} /></div>
          </li>
        ))}
      </Group>
      <Group name="bodies" count={bodies.length}>
        {bodies.map((body) => (
          <li key={body.id}>
            <Link to={`/search?q=${encodeURIComponent(body.name)}`} className="search-title">{body.name}</Link>
            <div className="inbox-meta"><span>{t(`kinds.${body.kind}`, { defaultValue: body.kind })}</span><span>{t('bodyTasks')}</span></div>
          </li>
        ))}
      </Group>
      <Group name="plans" count={plans.length}>
        {plans.map((plan) => (
          <li key={plan.id}>
            <Link to={`/dashboard?planId=${plan.id}`} className="search-title">{plan.title}</Link>
            <div className="inbox-meta"><span>{plan.docNumber}</span></div>
          </li>
        ))}
      </Group>
    </>
  );
}

/** The results of the header's search, grouped by kind, each linking to its page. */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const state = useSearch(query);
  return (
    <section className="search-page">
      <h1>{t('title', { query })}</h1>
      {state.isPending && query && <p role="status">{t('loading')}</p>}
      {state.isError && <p className="error" role="alert">{state.error.message}</p>}
      {state.data && <Results results={state.data} />}
    </section>
  );
}
