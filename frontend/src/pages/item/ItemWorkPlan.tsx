import { useTranslation } from 'react-i18next';
import { figure } from '../dashboard/dashboardLogic';
import { shanghaiTime } from './itemLogic';
import type { WorkPlan } from './types';
import type { CellError, DraftCell } from './workPlanChangeLogic';

/** The plan's table being edited: the draft's cells, how to change one, and the cell to fix. */
export interface WorkPlanEdit {
  draft: DraftCell[][];
  onChange: (row: number, column: number, cell: DraftCell) => void;
  error: CellError | null;
}

/**
 * The lead's current work plan: a row per target, a column per period, planned value and milestone; read-only, or
 * with every cell editable while the lead drafts a change ({@code edit}).
 */
export default function ItemWorkPlan({ plan, edit }: { plan: WorkPlan | null | undefined; edit?: WorkPlanEdit }) {
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
                {row.cells.map((cell, column) => (
                  <td key={cell.periodLabel}>
                    {edit ? (
                      <EditedCell target={row.target ?? t('workPlan.wholeItem')} period={cell.periodLabel}
                        unit={row.unit} cell={edit.draft[index][column]}
                        error={edit.error?.row === index && edit.error.column === column ? t(edit.error.message) : null}
                        onChange={(changed) => edit.onChange(index, column, changed)} />
                    ) : (
                      <>
                        {cell.plannedValue != null && (
                          <div className="work-plan-value">{t('workPlan.planned', { value: figure(cell.plannedValue), unit: row.unit ?? '' })}</div>
                        )}
                        <div>{cell.milestone}</div>
                      </>
                    )}
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

function EditedCell({ target, period, unit, cell, error, onChange }: {
  target: string; period: string; unit: string | null | undefined; cell: DraftCell; error: string | null;
  onChange: (cell: DraftCell) => void;
}) {
  const { t } = useTranslation('item');
  const where = `${target} ${period}`;
  return (
    <div className={error ? 'work-plan-edit invalid' : 'work-plan-edit'}>
      <span className="work-plan-input">
        <input inputMode="decimal" value={cell.plannedValue} placeholder={t('workPlanChange.plannedValue')}
          aria-label={`${where} ${t('workPlanChange.plannedValue')}`} aria-invalid={error ? true : undefined}
          onChange={(event) => onChange({ ...cell, plannedValue: event.target.value })} />
        {unit && <span>{unit}</span>}
      </span>
      <textarea value={cell.milestone} maxLength={2000} rows={2} placeholder={t('workPlanChange.milestone')}
        aria-label={`${where} ${t('workPlanChange.milestone')}`} aria-invalid={error ? true : undefined}
        onChange={(event) => onChange({ ...cell, milestone: event.target.value })} />
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
