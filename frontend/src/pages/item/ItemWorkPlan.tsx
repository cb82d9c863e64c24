import { useTranslation } from 'react-i18next';
import { figure } from '../dashboard/dashboardLogic';
import { shanghaiTime } from './itemLogic';
import type { WorkPlan } from './types';

/** The lead's current work plan, read-only: a row per target, a column per period, planned value and milestone. */
export default function ItemWorkPlan({ plan }: { plan: WorkPlan | null | undefined }) {
  const { t } = useTranslation('item');
  if (!plan) return <p>{t('workPlan.none')}</p>;
  return (
    <>
      <p className="timeline-who">
        {t('workPlan.submitted', { at: shanghaiTime(plan.submittedAt), department: plan.departmentName })}
        {plan.submittedBy && ` · ${plan.submittedBy}`}
      </p>
      <div className="table-scroll work-plan-scroll">
        <table className="league work-plan">
          <thead>
            <tr>
              <th scope="col">{t('workPlan.target')}</th>
              {plan.periods.map((period) => <th scope="col" key={period}>{period}</th>)}
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.target ?? t('workPlan.wholeItem')}</th>
                {row.cells.map((cell) => (
                  <td key={cell.periodLabel}>
                    {cell.plannedValue != null && (
                      <div className="work-plan-value">{t('workPlan.planned', { value: figure(cell.plannedValue), unit: row.unit ?? '' })}</div>
                    )}
                    <div>{cell.milestone}</div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
