import { useTranslation } from 'react-i18next';
import { percent } from './dashboardLogic';
import type { LeagueRow } from './types';

/** Bodies by on-time rate, then by open overdue tasks. */
export default function LeagueTable({ league }: { league: LeagueRow[] }) {
  const { t } = useTranslation('dashboard');
  const rate = (part: LeagueRow['reports']) =>
    part.due === 0 ? t('league.none') : `${percent(part.onTimeRate)} (${part.onTime}/${part.due})`;
  return (
    <div className="card">
      <h2>{t('league.title')}</h2>
      <div className="table-scroll">
        <table className="league league-ranking">
          <thead>
            <tr>
              <th scope="col">{t('league.rank')}</th>
              <th scope="col">{t('league.body')}</th>
              <th scope="col">{t('league.onTimeRate')}</th>
              <th scope="col">{t('league.reportRate')}</th>
              <th scope="col">{t('league.contributionRate')}</th>
              <th scope="col">{t('league.due')}</th>
              <th scope="col">{t('league.open')}</th>
              <th scope="col">{t('league.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {league.map((row, index) => (
              <tr key={row.departmentId}>
                <td>{index + 1}</td>
                <td className="body-name">{row.name}</td>
                <td>{percent(row.onTimeRate) ?? t('league.none')}</td>
                <td>{rate(row.reports)}</td>
                <td>{rate(row.contributions)}</td>
                <td>{row.due} / {row.onTime}</td>
                <td>{row.openTasks}</td>
                <td className={row.overdueTasks > 0 ? 'overdue' : undefined}>{row.overdueTasks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
