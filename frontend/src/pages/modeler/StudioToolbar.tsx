import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelVersion } from './types';

type Props = {
  model: ModelVersion;
  ready: boolean;
  dirty: boolean;
  errors: number;
  deploying: boolean;
  onDownload: () => void;
  onUpload: (file: File) => void;
  onDeploy: () => void;
};

/** The open model's name and actions: download under its bpmn/ name, upload a file from Camunda Modeler, deploy. */
export default function StudioToolbar({ model, ready, dirty, errors, deploying, onDownload, onUpload, onDeploy }: Props) {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  return (
    <div className="card modeler-toolbar">
      <h2>{model.definitionName ?? model.resourceName}</h2>
      <span className={`kind kind-${model.kind}`}>{t(`workbench:modeler.kinds.${model.kind}`)}</span>
      <span className="muted">{model.resourceName}</span>
      <div className="modeler-actions">
        <button type="button" disabled={!ready} onClick={onDownload}>{t('workbench:modeler.download')}</button>
        <button type="button" onClick={() => file.current?.click()}>{t('workbench:modeler.upload')}</button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".bpmn,.dmn,.form"
          aria-label={t('workbench:modeler.upload')}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onUpload(chosen);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          className="primary"
          disabled={!ready || deploying || errors > 0}
          title={errors > 0 ? t('workbench:modeler.lint.blocking', { count: errors }) : undefined}
          onClick={onDeploy}
        >
          {deploying ? t('workbench:modeler.deploying') : t('workbench:modeler.deploy')}
          {dirty && !deploying && ' *'}
        </button>
      </div>
    </div>
  );
}
