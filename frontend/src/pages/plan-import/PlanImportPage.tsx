import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import { choosableBodies, targetProblem, targetsOf, warningsByItem } from './corrections';
import ImportProgress from './ImportProgress';
import ImportResultView from './ImportResultView';
import ItemCard from './ItemCard';
import SourceForm from './SourceForm';
import type { CalendarAnchor } from './types';
import { usePlanImport } from './usePlanImport';

const ANCHORS: CalendarAnchor[] = ['REBASED', 'ORIGINAL'];

/** 计划导入: paste or upload a plan, check and correct what was read, then import it (coordinating office). */
export default function PlanImportPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  const page = usePlanImport();
  const { phase, preview } = page;

  if (!roles.includes('COORDINATOR') && !roles.includes('ADMIN')) {
    return <p className="card">{t('workbench:planImport.forbidden')}</p>;
  }

  const warnings = preview ? warningsByItem(preview) : { general: [], byItem: {} };
  const bodies = preview ? choosableBodies(page.registry, preview) : [];
  const invalid = preview?.items.some((item) => targetsOf(page.corrections, item).some((target) => targetProblem(target)));
  const showPreview = preview && (phase.step === 'preview' || phase.step === 'importing');

  return (
    <section className="plan-import">
      <h1>{t('workbench:planImport.title')}</h1>
      {page.error && <p className="error" role="alert">{page.error}</p>}
      {(phase.step === 'source' || phase.step === 'previewing') && (
        <SourceForm
          text={page.text}
          onText={page.setText}
          onPreview={page.readPreview}
          onFile={page.readFile}
          busy={phase.step === 'previewing'}
        />
      )}
      {showPreview && (
        <>
          <div className="card import-summary">
            <h2>{preview.title ?? t('workbench:planImport.untitled')}</h2>
            <p>
              {[preview.docNumber, preview.issuer, preview.published].filter(Boolean).join(' · ')}
            </p>
            <p>{t('workbench:planImport.counts', { items: preview.items.length, warnings: preview.warnings.length, bodies: preview.newBodies.length })}</p>
            {preview.existingPlanId !== null && (
              <p className="error">{t('workbench:planImport.existing', { id: preview.existingPlanId })}</p>
            )}
            {preview.newBodies.length > 0 && (
              <p className="warning">{t('workbench:planImport.newBodies', { names: preview.newBodies.map((body) => body.name).join('、') })}</p>
            )}
            {warnings.general.length > 0 && (
              <ul className="warnings">
                {warnings.general.map((warning) => (
                  <li key={`${warning.line}-${warning.message}`}>
                    {warning.line > 0 && t('workbench:planImport.warningAt', { line: warning.line })} {warning.message}
                  </li>
                ))}
              </ul>
            )}
            <fieldset className="anchor">
              <legend>{t('workbench:planImport.anchor.label')}</legend>
              {ANCHORS.map((anchor) => (
                <label key={anchor}>
                  <input
                    type="radio"
                    name="anchor"
                    value={anchor}
                    checked={page.anchor === anchor}
                    onChange={() => page.setAnchor(anchor)}
                  />
                  {t(`workbench:planImport.anchor.${anchor}`)}
                </label>
              ))}
            </fieldset>
          </div>
          {preview.items.map((item) => (
            <ItemCard
              key={item.number}
              item={item}
              warnings={warnings.byItem[item.number] ?? []}
              bodies={bodies}
              corrections={page.corrections}
              onChange={page.setCorrections}
            />
          ))}
          {phase.step === 'importing' ? (
            <ImportProgress startedAt={phase.startedAt} items={preview.items.length} />
          ) : (
            <div className="actions sticky-actions">
              <button type="button" onClick={page.startOver}>{t('workbench:planImport.back')}</button>
              <button
                type="button"
                className="primary"
                disabled={Boolean(invalid) || preview.existingPlanId !== null}
                onClick={page.confirm}
              >
                {t('workbench:planImport.confirm', { count: preview.items.length })}
              </button>
            </div>
          )}
        </>
      )}
      {phase.step === 'done' && <ImportResultView result={phase.result} onAnother={page.startOver} />}
    </section>
  );
}
