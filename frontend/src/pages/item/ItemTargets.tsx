import { useTranslation } from 'react-i18next';
import { figure, percent } from '../dashboard/dashboardLogic';
import type { Target } from './types';

/** The item's numeric targets, each with the figures reported so far. */
export default function ItemTargets({ targets }: { targets: Target[] }) {
  const { t } = useTranslation('item');
  const { t: tLights } = useTranslation('dashboard');
  if (!targets.length) return <p>{t('targets.none')}</p>;
  return (
    <ul className="item-targets">
      {targets.map((target) => (
        <li key={target.id}>
          <div>{target.text}</div>
          <div className="target-figures">
            {t('targets.target', { value: figure(target.targetValue), unit: target.unit })}
            {target.deadline && ` · ${t('targets.deadline', { date: target.deadline })}`}
          </div>
          {target.history.length === 0 ? (
            <div className="target-figures">{t('targets.noHistory')}</div>
          ) : (
            <div className="table-scroll">
              <table className="league">
                <thead>
                  <tr>
                    <th scope="col">{t('targets.period')}</th>
                    <th scope="col">{t('targets.revision')}</th>
                    <th scope="col">{t('targets.value')}</th>
                    <th scope="col">{t('targets.expected')}</th>
                    <th scope="col">{t('targets.rating')}</th>
                  </tr>
                </thead>
                <tbody>
                  {target.history.map((entry, index) => (
                    <tr key={index}>
                      <td>{entry.periodLabel}</td>
                      <td>{entry.revision}</td>
                      <td>{figure(entry.value)}{target.unit}</td>
                      <td>{percent(entry.expectedProgress) ?? '—'}</td>
                      <td className={entry.rating ? `light-${entry.rating}` : undefined}>
                        <span className="light-dot" aria-hidden="true" />
                        {entry.rating ? tLights(`lights.${entry.rating}`) : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
