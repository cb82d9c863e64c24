import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelVersion } from './types';
import { versionRows } from './versions';

/** Every deployed version of the open model, newest first, with its running instances. */
export default function VersionList({ versions }: { versions: ModelVersion[] }) {
  const { t, i18n } = useTranslation();
  const rows = versionRows(versions);
  if (rows.length === 0) return null;
  return (
    <div className="card versions">
      <h2>{t('workbench:modeler.versions.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('workbench:modeler.versions.version')}</th>
            <th>{t('workbench:modeler.versions.deployedAt')}</th>
            <th>{t('workbench:modeler.versions.origin')}</th>
            <th>{t('workbench:modeler.versions.running')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} className={row.latest ? 'latest' : ''}>
              <td>
                {t('workbench:modeler.versions.label', { version: row.version })}
                {row.latest && <span className="badge">{t('workbench:modeler.versions.latest')}</span>}
              </td>
              <td>{new Date(row.deployedAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' })}</td>
              <td>{t(`workbench:modeler.versions.${row.origin}`)}</td>
              <td>{row.runningInstances ?? '—'}</td>
              <td>{index < rows.length - 1 && (
                <Link to={`/modeler/diff?${new URLSearchParams({ resource: versions[0].resourceName, to: row.key.split('/')[0] })}`}>
                  {t('modelDiff:compare')}
                </Link>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
