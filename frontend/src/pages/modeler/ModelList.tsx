import { useTranslation } from 'react-i18next';
import type { ModelVersion } from './types';

/** The deployed models, grouped by kind; the open one is marked. */
export default function ModelList({ models, open, onOpen }: {
  models: ModelVersion[];
  open: ModelVersion | null;
  onOpen: (model: ModelVersion) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="card model-list" aria-label={t('workbench:modeler.models')}>
      <h2>{t('workbench:modeler.models')}</h2>
      <ul>
        {models.map((model) => (
          <li key={model.resourceName}>
            <button
              type="button"
              className={`link${open?.resourceName === model.resourceName ? ' active' : ''}`}
              onClick={() => onOpen(model)}
            >
              <span className={`kind kind-${model.kind}`}>{model.kind}</span>
              {model.definitionName ?? model.resourceName.replace(/^bpmn\//, '')}
            </button>
            <span className="muted"> {model.resourceName} · v{model.version}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
