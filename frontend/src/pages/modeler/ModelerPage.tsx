import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import AfterDeploy from './AfterDeploy';
import { downloadName } from './editors/fit';
import type { EditorHandle } from './editors/types';
import LintPanel from './LintPanel';
import MigrationPanel from './migration/MigrationPanel';
import ModelEditor from './ModelEditor';
import ModelList from './ModelList';
import StudioToolbar from './StudioToolbar';
import type { LintProblem, ModelVersion } from './types';
import { useModels, type Deployed } from './useModels';
import VersionList from './VersionList';

/** Saves text as a file under the given name (the browser's download). */
function saveFile(name: string, content: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type: 'application/octet-stream' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * 建模工作室 (modellers): the deployed processes, decision tables and forms with their versions; the open model in
 * the editor of its kind with lint; download, upload from Camunda Modeler, and deploy of a new version.
 */
export default function ModelerPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  const page = useModels();
  const [editor, setEditor] = useState<EditorHandle | null>(null);
  const [problems, setProblems] = useState<LintProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [deployed, setDeployed] = useState<Deployed | null>(null);

  if (!roles.includes('MODELLER') && !roles.includes('ADMIN')) {
    return <p className="card">{t('workbench:modeler.forbidden')}</p>;
  }

  const { open, content } = page;

  function openModel(model: ModelVersion, uploaded: string | null = null) {
    setEditor(null);
    setProblems([]);
    setDirty(uploaded !== null);
    setDeployed(null);
    page.openModel(model, uploaded);
  }

  async function upload(file: File) {
    const model = page.models?.find((candidate) => downloadName(candidate.resourceName) === file.name);
    if (!model) {
      page.setError(t('workbench:modeler.uploadUnknown', { name: file.name }));
      return;
    }
    openModel(model, await file.text());
  }

  async function deploy() {
    if (!open || !editor) return;
    const deployment = await page.deploy(open, await editor.save());
    if (deployment) onDeployed(deployment);
  }

  /** After a deploy: the slot for what follows it (AfterDeploy). */
  function onDeployed(deployment: Deployed) {
    setDirty(false);
    setDeployed(deployment);
  }

  const errors = problems.filter((problem) => problem.category === 'error').length;
  return (
    <section className="modeler">
      <h1>{t('workbench:modeler.title')}</h1>
      {page.error && <p className="error" role="alert">{page.error}</p>}
      {deployed && <AfterDeploy deployed={deployed} />}
      <div className="modeler-layout">
        {page.models === null ? (
          <p className="card" role="status">{t('workbench:modeler.loading')}</p>
        ) : (
          <ModelList models={page.models} open={open} onOpen={(model) => openModel(model)} />
        )}
        <div className="modeler-main">
          {!open && <p className="card muted">{t('workbench:modeler.choose')}</p>}
          {open && content === null && !page.error && <p className="card" role="status">{t('workbench:modeler.loadingModel')}</p>}
          {open && content !== null && (
            <>
              <StudioToolbar
                model={open}
                ready={editor !== null}
                dirty={dirty}
                errors={errors}
                deploying={page.deploying}
                onDownload={async () => editor && saveFile(downloadName(open.resourceName), await editor.save())}
                onUpload={upload}
                onDeploy={deploy}
              />
              <ModelEditor
                kind={open.kind}
                content={content}
                deployed={page.deployedContent ?? content}
                onReady={setEditor}
                onLint={setProblems}
                onError={(message) => page.setError(t('workbench:modeler.importFailed', { message }))}
                onDirty={() => setDirty(true)}
              />
              <LintPanel problems={problems} onSelect={(id) => editor?.select(id)} />
              <VersionList versions={page.versions} />
              {open.kind === 'BPMN' && open.definitionKey && (
                <MigrationPanel
                  key={deployed && 'id' in deployed ? deployed.id : 'not-deployed'}
                  processDefinitionKey={open.definitionKey}
                  proposed={deployed !== null && 'id' in deployed}
                />
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
