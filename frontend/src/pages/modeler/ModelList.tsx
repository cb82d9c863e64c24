import { useTranslation } from 'react-i18next';
import type { ModelKind, ModelVersion } from './types';

const KINDS: ModelKind[] = ['BPMN', 'DMN', 'FORM'];

/** The deployed models — processes, decision tables and forms — grouped by kind with their latest version. */
export default function ModelList({ models, open, onOpen }: {
  models: ModelVersion[];
  open: ModelVersion | null;
  onOpen: (model: ModelVersion) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="card model-list" aria-label={t('workbench:modeler.models')}>
      <h2>{t('workbench:modeler.models')}</h2>
      {KINDS.map((kind) => {
        const ofKind = models.filter((model) => model.kind === kind);
        return ofKind.length > 0 && (
          <section key={kind}>
            <h3>{t(`workbench:modeler.kinds.${kind}`)}</h3>
            <ul>
              {ofKind.map((model) => (
                <li key={model.resourceName}>
                  <button
                    type="button"
                    className={`link${open?.resourceName === model.resourceName ? ' active' : ''}`}
                    onClick={() => onOpen(model)}
                  >
                    {model.definitionName ?? model.resourceName.replace(/^bpmn\//, '')}
                  </button>
                  <span className="muted"> {model.resourceName} · v{model.version}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
