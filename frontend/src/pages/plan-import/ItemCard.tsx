import { useTranslation } from 'react-i18next';
import {
  addSupporting, editTarget, leadOf, removeSupporting, removeTarget, setLead, supportingOf, targetProblem, targetsOf,
  type Corrections,
} from './corrections';
import type { Body, PlanItem, Warning } from './types';

type Props = {
  item: PlanItem;
  warnings: Warning[];
  bodies: Body[];
  corrections: Corrections;
  onChange: (corrections: Corrections) => void;
};

type NamedBody = PlanItem['supporting'][number];

/** What the document wrote when it differs from the registry's name (an alias), or that the body is new; else null. */
function useWrittenAs() {
  const { t } = useTranslation();
  return (body: NamedBody) => {
    if (body.kind === 'OTHER') return t('workbench:planImport.item.newBody');
    if (body.writtenAs && body.writtenAs !== body.name) {
      return t('workbench:planImport.item.alias', { written: body.writtenAs });
    }
    return null;
  };
}

/**
 * One parsed item: its bodies, deadline (完成时限, as written), targets and warnings; the lead, the supporting bodies and
 * the targets can be corrected.
 */
export default function ItemCard({ item, warnings, bodies, corrections, onChange }: Props) {
  const { t } = useTranslation();
  const writtenAs = useWrittenAs();
  const nameOf = (body: NamedBody) => (writtenAs(body) ? `${body.name} (${writtenAs(body)})` : body.name);
  const names = (listed: NamedBody[]) => listed.map(nameOf).join('、');
  const lead = leadOf(corrections, item, bodies);
  const readLead = item.lead && lead?.id === item.lead.id ? item.lead : null;
  const supporting = supportingOf(corrections, item, bodies);
  const addable = bodies.filter((body) => body.id !== lead?.id && !supporting.some((listed) => listed.id === body.id));
  const targets = targetsOf(corrections, item);
  const changed = corrections[item.number] !== undefined;

  return (
    <article className={`card import-item${warnings.length ? ' has-warnings' : ''}`} data-item={item.number}>
      <h3>
        {item.label} {item.title}
        {changed && <span className="badge">{t('workbench:planImport.item.corrected')}</span>}
      </h3>
      <p className="line">{t('workbench:planImport.item.line', { line: item.line })}</p>
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((warning) => (
            <li key={`${warning.line}-${warning.message}`}>
              {t('workbench:planImport.warningAt', { line: warning.line })} {warning.message}
            </li>
          ))}
        </ul>
      )}
      <dl className="bodies">
        <dt><label htmlFor={`lead-${item.number}`}>{t('workbench:planImport.item.lead')}</label></dt>
        <dd>
          <select
            id={`lead-${item.number}`}
            value={lead?.id ?? ''}
            className={lead ? '' : 'missing'}
            onChange={(event) => onChange(setLead(corrections, item, event.target.value))}
          >
            <option value="">{t('workbench:planImport.item.noLead')}</option>
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>{body.name}</option>
            ))}
          </select>
          {readLead && writtenAs(readLead) && <span className="written-as">{writtenAs(readLead)}</span>}
          {!lead && item.collectiveLead && (
            <span className="written-as">{t('workbench:planImport.item.collectiveLead', { written: item.collectiveLead })}</span>
          )}
        </dd>
        <dt>{t('workbench:planImport.item.supporting')}</dt>
        <dd>
          <ul className="supporting">
            {supporting.map((body) => (
              <li key={body.id}>
                {nameOf(body)}
                <button type="button" className="link" aria-label={t('workbench:planImport.item.removeSupporting', { name: body.name })}
                  onClick={() => onChange(removeSupporting(corrections, item, bodies, body.id))}>×</button>
              </li>
            ))}
          </ul>
          <select aria-label={t('workbench:planImport.item.addSupporting')} value=""
            onChange={(event) => onChange(addSupporting(corrections, item, bodies, event.target.value))}>
            <option value="">{t('workbench:planImport.item.addSupporting')}</option>
            {addable.map((body) => (
              <option key={body.id} value={body.id}>{body.name}</option>
            ))}
          </select>
        </dd>
        <dt>{t('workbench:planImport.item.implementers')}</dt>
        <dd>{item.implementers.length ? t('workbench:planImport.item.implementerCount', { count: item.implementers.length, names: names(item.implementers) }) : t('workbench:planImport.item.none')}</dd>
        {item.deadline && (
          <>
            <dt>{t('workbench:planImport.item.deadline')}</dt>
            <dd className="deadline">{item.deadline}</dd>
          </>
        )}
      </dl>
      <h4>{t('workbench:planImport.item.targets')}</h4>
      {targets.length === 0 ? (
        <p className="muted">{t('workbench:planImport.item.noTargets')}</p>
      ) : (
        <ul className="targets">
          {targets.map((target, index) => {
            const problem = targetProblem(target);
            return (
              <li key={index} className={problem ? 'invalid' : ''}>
                <span className="target-text">{target.text}</span>
                <input
                  type="number"
                  aria-label={t('workbench:planImport.target.value')}
                  value={Number.isFinite(target.value) ? target.value : ''}
                  onChange={(event) =>
                    onChange(editTarget(corrections, item, index, { value: event.target.value === '' ? NaN : Number(event.target.value) }))
                  }
                />
                <input
                  aria-label={t('workbench:planImport.target.unit')}
                  className="unit"
                  value={target.unit}
                  onChange={(event) => onChange(editTarget(corrections, item, index, { unit: event.target.value }))}
                />
                <span className="comparator">{t(`workbench:planImport.comparator.${target.comparator}`)}</span>
                {target.deadline && <span className="deadline">{t('workbench:planImport.target.deadline', { date: target.deadline })}</span>}
                <button type="button" className="link" onClick={() => onChange(removeTarget(corrections, item, index))}>
                  {t('workbench:planImport.target.remove')}
                </button>
                {problem && <span className="problem">{t(problem)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
