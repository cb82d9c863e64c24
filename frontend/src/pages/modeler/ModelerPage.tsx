import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import type { EditorHandle } from './BpmnEditor';
import LintPanel from './LintPanel';
import MigrationPanel from './migration/MigrationPanel';
import ModelList from './ModelList';
import type { LintProblem } from './types';
import { useModels } from './useModels';
import VersionList from './VersionList';

const BpmnEditor = lazy(() => import('./BpmnEditor'));

/** 流程建模 (modellers): open a deployed model, edit BPMN, see lint problems, deploy a new version. */
export default function ModelerPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.user.roles : [];
  const page = useModels();
  const [editor, setEditor] = useState<EditorHandle | null>(null);
  const [problems, setProblems] = useState<LintProblem[]>([]);
  const [dirty, setDirty] = useState(false);

  if (!roles.includes('MODELLER') && !roles.includes('ADMIN')) {
    return <p className="card">{t('workbench:modeler.forbidden')}</p>;
  }

  const { open, content } = page;

  async function deploy() {
    if (!open || !editor) return;
    await page.deploy(open, await editor.saveXml());
    setDirty(false);
  }

  function openModel(model: Parameters<typeof page.openModel>[0]) {
    setEditor(null);
    setProblems([]);
    setDirty(false);
    page.openModel(model);
  }

  return (
    <section className="modeler">
      <h1>{t('workbench:modeler.title')}</h1>
      {page.error && <p className="error" role="alert">{page.error}</p>}
      {page.deployed && <p className="success" role="status">{t('workbench:modeler.deployed', { id: page.deployed })}</p>}
      <div className="modeler-layout">
        {page.models === null ? (
          <p className="card" role="status">{t('workbench:modeler.loading')}</p>
        ) : (
          <ModelList models={page.models} open={open} onOpen={openModel} />
        )}
        <div className="modeler-main">
          {!open && <p className="card muted">{t('workbench:modeler.choose')}</p>}
          {open && content === null && !page.error && <p className="card" role="status">{t('workbench:modeler.loadingModel')}</p>}
          {open && content !== null && (
            <>
              <div className="card modeler-toolbar">
                <h2>{open.definitionName ?? open.resourceName}</h2>
                <span className="muted">{open.resourceName}</span>
                {open.kind === 'BPMN' ? (
                  <button type="button" className="primary" disabled={!editor || page.deploying} onClick={deploy}>
                    {page.deploying ? t('workbench:modeler.deploying') : t('workbench:modeler.deploy')}
                    {dirty && !page.deploying && ' *'}
                  </button>
                ) : (
                  <span className="badge">{t('workbench:modeler.readOnly')}</span>
                )}
              </div>
              {open.kind === 'BPMN' ? (
                <>
                  <Suspense fallback={<p className="card" role="status">{t('workbench:modeler.loadingEditor')}</p>}>
                    <BpmnEditor
                      xml={content}
                      onReady={setEditor}
                      onLint={setProblems}
                      onError={(message) => page.setError(t('workbench:modeler.importFailed', { message }))}
                      onDirty={() => setDirty(true)}
                    />
                  </Suspense>
                  <LintPanel problems={problems} onSelect={(id) => editor?.select(id)} />
                </>
              ) : (
                <pre className="card source-view" aria-label={t('workbench:modeler.source')}>{content}</pre>
              )}
              <VersionList versions={page.versions} />
              {open.kind === 'BPMN' && open.definitionKey && <MigrationPanel processDefinitionKey={open.definitionKey} />}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
