import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import ItemTargets from './ItemTargets';
import ItemTimeline from './ItemTimeline';
import { itemIdOf } from './itemLogic';
import WorkPlanChange from './WorkPlanChange';
import { useItem } from './useItem';
import '../dashboard/dashboard.css';
import './item.css';

const ProcessDiagram = lazy(() => import('./ProcessDiagram'));

/** 事项: an action item's text, bodies, targets with history, work plan, timeline and process diagram. */
export default function ItemPage() {
  const { t } = useTranslation('item');
  const { id } = useParams();
  const itemId = itemIdOf(id);
  const state = useItem(itemId);
  if (itemId === null) {
    return (
      <div className="page-error" role="alert">
        <p>{t('badId', { id })}</p>
        <Link to="/dashboard">{t('back')}</Link>
      </div>
    );
  }
  if (state.isPending) return <p className="page-loading" role="status">{t('loading')}</p>;
  if (state.isError) {
    return (
      <div className="page-error" role="alert">
        <p>{state.error.message}</p>
        <Link to="/dashboard">{t('back')}</Link>
      </div>
    );
  }
  const item = state.data;
  return (
    <section className="item-page">
      <p className="breadcrumb"><Link to="/dashboard">{t('back')}</Link> · {item.planTitle}({item.docNumber})</p>
      <h1>{item.label} {item.title}</h1>
      <div className="card">
        <h2>{t('bodies')}</h2>
        <ul className="item-bodies">
          {item.bodies.map((body) => (
            <li key={`${body.role}-${body.id}`} className={`role-${body.role}`}>
              <span className="role">{t(`roles.${body.role}`)}</span>{body.name}
            </li>
          ))}
        </ul>
        {item.responsibilityNote && <p className="target-figures">{t('responsibility')}:{item.responsibilityNote}</p>}
      </div>
      <div className="card">
        <h2>{t('text')}</h2>
        <p className="item-text">{item.text}</p>
      </div>
      <div className="card">
        <h2>{t('targets.title')}</h2>
        <ItemTargets targets={item.targets} />
      </div>
      <div className="card work-plan-card">
        <h2>{t('workPlan.title')}</h2>
        <WorkPlanChange itemId={item.id} plan={item.workPlan} />
      </div>
      <div className="card">
        <h2>
          {t('diagram.title')}
          {item.process && <span className="badge">{t('diagram.version', { version: item.process.processDefinitionVersion })}</span>}
        </h2>
        {item.process ? (
          <Suspense fallback={<p role="status">{t('diagram.loading')}</p>}>
            <ProcessDiagram process={item.process} />
          </Suspense>
        ) : (
          <p>{t('diagram.none')}</p>
        )}
      </div>
      <div className="card">
        <h2>{t('timeline.title')}</h2>
        <ItemTimeline events={item.timeline} />
      </div>
    </section>
  );
}
