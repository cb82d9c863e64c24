import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { itemsInViewOrder, lateContributions } from './dashboardLogic';
import type { Cell, Dashboard } from './types';

function LightCell({ cell }: { cell: Cell }) {
  const { t } = useTranslation('dashboard');
  const light = t(`lights.${cell.light}`);
  const details = [t(`status.${cell.status}`)];
  if (cell.revision > 1) details.push(t('matrix.revision', { revision: cell.revision }));
  if (cell.daysLate) details.push(t('matrix.daysLate', { days: cell.daysLate }));
  const { missing, late } = lateContributions(cell);
  const material = [
    missing.length > 0 && t('matrix.missing', { count: missing.length }),
    late.length > 0 && t('matrix.lateMaterial', { count: late.length }),
  ].filter(Boolean);
  const names = [
    missing.length > 0 && t('matrix.missingNames', { names: missing.join('、') }),
    late.length > 0 && t('matrix.lateNames', { names: late.join('、') }),
  ].filter(Boolean);
  return (
    <td className={`light-cell light-${cell.light}`} data-period={cell.periodId}>
      <span className="light-dot" aria-hidden="true" />
      <span className="light-name">{light}</span>
      <span className={cell.leadLate ? 'light-status lead-late' : 'light-status'}>{details.join(' · ')}</span>
      {material.length > 0 && (
        <span className="light-material" title={names.join(';')}>
          {material.join(' · ')}
        </span>
      )}
    </td>
  );
}

/** Items × periods with their lights; a department's own items first and marked. */
export default function LightMatrix({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="card">
      <h2>{t('matrix.title')}</h2>
      <div className="table-scroll">
        <table className="light-matrix">
          <thead>
            <tr>
              <th scope="col">{t('matrix.item')}</th>
              <th scope="col">{t('matrix.lead')}</th>
              {dashboard.periods.map((period) => (
                <th scope="col" key={period.id}>{period.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {itemsInViewOrder(dashboard).map((item) => (
              <tr key={item.id} className={item.mine ? 'mine' : undefined} data-item={item.label}>
                <th scope="row">
                  {dashboard.seesAll || item.mine ? (
                    <Link to={`/items/${item.id}`}>{item.label} {item.title}</Link>
                  ) : (
                    <span>{item.label} {item.title}</span>
                  )}
                  {item.mine && !dashboard.seesAll && <span className="mine-badge">{t('matrix.mine')}</span>}
                </th>
                <td className="lead-name">{item.leadName ?? t('league.none')}</td>
                {item.cells.map((cell) => (
                  <LightCell key={cell.periodId} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
