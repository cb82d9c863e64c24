import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './migration.css';
import { blockers, choiceComplete, instanceCounts, mappingRows, migrationRequest, progressPercent } from './migrationLogic';
import type { Choice, MigrationProgress, MigrationProposal } from './types';
import { useMigration } from './useMigration';

/** One source version's plan: mapped activities, unmapped ones (red), Camunda's report and the instances tried. */
function ProposalView({ proposal, targetVersion }: { proposal: MigrationProposal; targetVersion: number }) {
  const { t } = useTranslation('migration');
  const { stranded } = blockers(proposal);
  const refused = proposal.instances.filter((instance) => !instance.movable);
  return (
    <div className="migration-proposal">
      <h3>{t('fromTo', { from: proposal.sourceVersion, to: targetVersion, count: proposal.runningInstances })}</h3>
      {proposal.planProblems.length > 0 && (
        <ul className="error" role="alert" aria-label={t('planProblems')}>
          {proposal.planProblems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
      <table aria-label={t('mapping')}>
        <thead>
          <tr><th>{t('source')}</th><th>{t('target')}</th></tr>
        </thead>
        <tbody>
          {mappingRows(proposal).map((row) => (
            <tr key={row.source} className={row.changed ? 'changed' : ''}>
              <td>{row.source}</td>
              <td>
                {row.target}
                {row.changed && <span className="badge">{t('changed')}</span>}
                {row.problems.map((problem) => <div key={problem} className="problem">{problem}</div>)}
              </td>
            </tr>
          ))}
          {proposal.unmapped.map((unmapped) => (
            <tr key={unmapped.activityId} className={`unmapped${unmapped.waiting > 0 ? ' stranded' : ''}`}>
              <td>{unmapped.name ? `${unmapped.name} (${unmapped.activityId})` : unmapped.activityId}</td>
              <td>{unmapped.waiting > 0 ? t('unmappedWaiting', { count: unmapped.waiting }) : t('unmapped')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stranded > 0 && <p className="error">{t('stranded', { count: stranded })}</p>}
      {refused.length > 0 && (
        <>
          <h3>{t('cannotMove', { count: refused.length })}</h3>
          <ul aria-label={t('cannotMove', { count: refused.length })}>
            {refused.map((instance) => (
              <li key={instance.processInstanceId}>
                <strong>{instance.businessKey ?? instance.processInstanceId}</strong>
                {instance.problems.map((problem) => <div key={problem} className="problem">{problem}</div>)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ProgressView({ progress }: { progress: MigrationProgress }) {
  const { t } = useTranslation('migration');
  const percent = progressPercent(progress);
  return (
    <div className="migration-run" role="status">
      <div className="progress-bar" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <span>
        {progress.finished
          ? t('finished', { moved: progress.moved, failed: progress.failed, total: progress.total, version: progress.targetVersion })
          : t('running', { moved: progress.moved, total: progress.total })}
      </span>
      {progress.skipped.length > 0 && <span className="problem">{t('skipped', { count: progress.skipped.length })}</span>}
      {progress.failures.map((failure) => <div key={failure} className="problem">{failure}</div>)}
    </div>
  );
}

/**
 * 迁移运行中的实例: for the open process, the plan from each older version with running instances to the latest,
 * the choice of instances (all, by plan, one), the run as a batch and its progress.
 */
export default function MigrationPanel({ processDefinitionKey, proposed }: { processDefinitionKey: string; proposed: boolean }) {
  const { t } = useTranslation('migration');
  // opened by itself right after a deploy of this process: the studio proposes moving the running instances
  const [open, setOpen] = useState(proposed);
  const [choice, setChoice] = useState<Choice>({ selection: 'ALL' });
  const { plans, run, progress, error } = useMigration();
  const request = migrationRequest(processDefinitionKey, choice);
  const counts = plans.data ? instanceCounts(plans.data) : null;

  if (!open) {
    return (
      <div className="card">
        <button type="button" onClick={() => setOpen(true)}>{t('open')}</button>
      </div>
    );
  }
  function choose(next: Choice) {
    setChoice(next);
    plans.reset();
    run.reset();
  }
  return (
    <section className="card migration-panel" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <p className="muted">{t('intro', { key: processDefinitionKey })}</p>
      <fieldset className="migration-choice">
        <legend>{t('choose')}</legend>
        <label>
          <input type="radio" name="selection" checked={choice.selection === 'ALL'} onChange={() => choose({ selection: 'ALL' })} />
          {t('all')}
        </label>
        <label>
          <input type="radio" name="selection" checked={choice.selection === 'PLAN'}
            onChange={() => choose({ selection: 'PLAN', docNumber: '' })} />
          {t('byPlan')}
        </label>
        {choice.selection === 'PLAN' && (
          <input type="text" aria-label={t('docNumber')} placeholder={t('docNumberHint')} value={choice.docNumber}
            onChange={(event) => choose({ selection: 'PLAN', docNumber: event.target.value })} />
        )}
        <label>
          <input type="radio" name="selection" checked={choice.selection === 'ONE'}
            onChange={() => choose({ selection: 'ONE', processInstanceId: '' })} />
          {t('one')}
        </label>
        {choice.selection === 'ONE' && (
          <input type="text" aria-label={t('processInstanceId')} value={choice.processInstanceId}
            onChange={(event) => choose({ selection: 'ONE', processInstanceId: event.target.value })} />
        )}
        <button type="button" disabled={!choiceComplete(choice) || plans.isPending} onClick={() => plans.mutate(request)}>
          {plans.isPending ? t('checking') : t('check')}
        </button>
      </fieldset>
      {error && <p className="error" role="alert">{error}</p>}
      {plans.data && (
        <>
          {plans.data.sources.length === 0 && <p>{t('nothing', { version: plans.data.targetVersion })}</p>}
          {plans.data.sources.map((proposal) => (
            <ProposalView key={proposal.sourceDefinitionId} proposal={proposal} targetVersion={plans.data.targetVersion} />
          ))}
          {plans.data.calledProcesses.length > 0 && (
            <p className="muted">{t('called', { keys: plans.data.calledProcesses.join('、') })}</p>
          )}
          {counts && counts.chosen > 0 && (
            <div className="migration-run">
              <span>{t('movable', { movable: counts.movable, chosen: counts.chosen })}</span>
              <button type="button" className="primary" disabled={run.isPending || run.isSuccess || counts.movable + counts.unchecked === 0}
                onClick={() => run.mutate(request)}>
                {run.isPending ? t('starting') : t('run', { count: counts.movable + counts.unchecked })}
              </button>
            </div>
          )}
        </>
      )}
      {progress && <ProgressView progress={progress} />}
    </section>
  );
}
