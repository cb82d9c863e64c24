import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bulletinUrl, defaultLedgerPeriod, ledgerUrl } from './dashboardLogic';
import LeagueTable from './LeagueTable';
import LightMatrix from './LightMatrix';
import TargetProgressList from './TargetProgressList';
import type { Dashboard } from './types';
import { useDashboard } from './useDashboard';
import './dashboard.css';

const DashboardCharts = lazy(() => import('./DashboardCharts'));

function LedgerDownload({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const [periodId, setPeriodId] = useState<number | null>(() => defaultLedgerPeriod(dashboard));
  return (
    <div className="ledger-download">
      <label>
        {t('ledger.period')}
        <select value={periodId ?? ''} onChange={(event) => setPeriodId(Number(event.target.value))}>
          {dashboard.periods.map((period) => (
            <option key={period.id} value={period.id}>{period.label}</option>
          ))}
        </select>
      </label>
      <a className="button primary" href={ledgerUrl(dashboard.plan.id, periodId)} download>{t('ledger.download')}</a>
      {dashboard.seesAll && periodId !== null && (['pdf', 'docx'] as const).map((format) => (
        <a key={format} className="button" href={bulletinUrl(dashboard.plan.id, periodId, format)} download>
          {t(`ledger.bulletin.${format}`)}
        </a>
      ))}
    </div>
  );
}

/** 总览: the plan's lights, target progress, league table, charts, the ledger export and the period's 督查通报. */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const [params] = useSearchParams();
  // a search result links to its plan: /dashboard?planId=
  const [planId, setPlanId] = useState<number | null>(() => Number(params.get('planId')) || null);
  const state = useDashboard(planId);
  if (state.isPending) return <p className="page-loading" role="status">{t('loading')}</p>;
  if (state.isError) return <p className="page-error" role="alert">{state.error.message}</p>;
  const dashboard = state.data;
  return (
    <section className="dashboard">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <label className="plan-select">
          {t('plan')}
          <select value={dashboard.plan.id} onChange={(event) => setPlanId(Number(event.target.value))}>
            {dashboard.plans.map((plan) => (
              <option key={plan.id} value={plan.id}>{plan.title}({plan.docNumber})</option>
            ))}
          </select>
        </label>
        <LedgerDownload key={dashboard.plan.id} dashboard={dashboard} />
      </div>
      <LightMatrix dashboard={dashboard} />
      <Suspense fallback={<p className="card" role="status">{t('charts.loading')}</p>}>
        <DashboardCharts dashboard={dashboard} />
      </Suspense>
      <TargetProgressList targets={dashboard.targets} />
      <LeagueTable league={dashboard.league} />
    </section>
  );
}
