import { useTranslation } from 'react-i18next';
import type { ModelChange } from './types';

/** The differences as a list: what (name, id, type), added / removed / changed, each property old → new. */
export default function ChangeList({ changes }: { changes: ModelChange[] }) {
  const { t, i18n } = useTranslation('modelDiff');
  // keys such as bpmn:UserTask or eventDefinitions.timeDate read as they are: t() would take them for paths
  const labels = (group: string) => (i18n.getResource(i18n.language, 'modelDiff', group)
    ?? i18n.getResource('zh-CN', 'modelDiff', group)) as Record<string, string>;
  const types = labels('types');
  const properties = labels('properties');
  if (changes.length === 0) return <p className="card muted" role="status">{t('none')}</p>;
  return (
    <ul className="change-list" aria-label={t('listLabel')}>
      {changes.map((change) => (
        <li key={`${change.kind}-${change.id}`} className={`change ${change.kind}`} data-element-id={change.id}>
          <div className="change-head">
            <span className="change-kind">{t(`kind.${change.kind}`)}</span>
            <strong>{change.type === 'rule' ? t('rule', { number: change.label }) : change.label}</strong>
            <span className="muted">{types[change.type] ?? change.type} · {change.id}</span>
          </div>
          {change.properties.length > 0 && (
            <dl className="change-props">
              {change.properties.map((property) => (
                <div key={property.property} style={{ display: 'contents' }}>
                  <dt>{properties[property.property] ?? property.property}</dt>
                  <dd>
                    {property.before && <del>{property.before}</del>}
                    {property.before && property.after && ' → '}
                    {property.after && <ins>{property.after}</ins>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
