import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../../session/SessionContext';
import type { ModelVersion } from '../types';
import ModelDiff from './ModelDiff';
import { useVersionDiff } from './useVersionDiff';

/** 版本比较 (/modeler/diff?resource=…&from=…&to=…): what changed between two deployed versions of a model. */
export default function DiffPage() {
  const { t } = useTranslation('modelDiff');
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  const [params, setParams] = useSearchParams();
  const resource = params.get('resource') ?? '';
  const page = useVersionDiff(resource, params.get('from'), params.get('to'));
  if (!roles.includes('MODELLER') && !roles.includes('ADMIN')) return <p className="card">{t('forbidden')}</p>;

  const label = (version: ModelVersion | undefined) => (version ? t('version', { version: version.version }) : t('nothing'));
  const choose = (name: 'from' | 'to', deploymentId: string) => {
    const next = new URLSearchParams(params);
    next.set(name, deploymentId);
    setParams(next, { replace: true });
  };
  const picker = (name: 'from' | 'to', chosen: ModelVersion | undefined) => (
    <label>
      {t(name === 'from' ? 'from' : 'to')}{' '}
      <select value={chosen?.deploymentId ?? ''} onChange={(event) => choose(name, event.target.value)}>
        {page.versions.map((version) => (
          <option key={version.deploymentId} value={version.deploymentId}>{label(version)}</option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="modeler model-diff-page">
      <h1>{t('title')}</h1>
      <div className="card diff-versions">
        <Link to="/modeler">{t('back')}</Link>
        <strong>{resource}</strong>
        {page.versions.length > 0 && picker('from', page.before)}
        {page.versions.length > 0 && picker('to', page.after)}
      </div>
      {page.error && <p className="error" role="alert">{page.error}</p>}
      {page.after && page.afterContent !== null && page.beforeContent !== null ? (
        <ModelDiff kind={page.after.kind} before={page.beforeContent} after={page.afterContent}
          beforeLabel={label(page.before)} afterLabel={label(page.after)} />
      ) : !page.error && <p className="card" role="status">{t('loading')}</p>}
    </section>
  );
}
