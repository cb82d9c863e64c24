import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editors/types';
import type { ModelKind } from './types';

// each editor is its own chunk, loaded when a model of its kind is opened
const EDITORS = {
  BPMN: lazy(() => import('./editors/BpmnEditor')),
  DMN: lazy(() => import('./editors/DmnEditor')),
  FORM: lazy(() => import('./editors/FormEditor')),
};

/** The editor for the open model's kind. */
export default function ModelEditor({ kind, ...props }: EditorProps & { kind: ModelKind }) {
  const { t } = useTranslation();
  const Editor = EDITORS[kind];
  return (
    <Suspense fallback={<p className="card" role="status">{t('workbench:modeler.loadingEditor')}</p>}>
      <Editor {...props} />
    </Suspense>
  );
}
