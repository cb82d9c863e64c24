import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiFetch } from '../../api';
import i18n from '../../i18n';
import type { ModelVersion } from './types';
import { deploymentForm } from './versions';

type Deployed = { id: string };

const MEDIA_TYPES = { BPMN: 'application/xml', DMN: 'application/xml', FORM: 'application/json' } as const;

/** The page's data: deployed models, the open one's content and versions, and deploying a new version. */
export function useModels() {
  const [models, setModels] = useState<ModelVersion[] | null>(null);
  const [open, setOpen] = useState<ModelVersion | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [versions, setVersions] = useState<ModelVersion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [deploying, setDeploying] = useState(false);
  const [deployed, setDeployed] = useState<string | null>(null);

  const loadModels = useCallback(async () => {
    try {
      setModels(await apiFetch<ModelVersion[]>('/api/models'));
    } catch (failure) {
      setError((failure as Error).message);
      setModels([]);
    }
  }, []);

  useEffect(() => {
    // the list is fetched once when the page opens
    // eslint-disable-next-line react-hooks/set-state-in-effect
    loadModels();
  }, [loadModels]);

  const loadVersions = useCallback(async (resourceName: string) => {
    setVersions(await apiFetch<ModelVersion[]>(`/api/models/versions?resource=${encodeURIComponent(resourceName)}`));
  }, []);

  const openModel = useCallback(
    async (model: ModelVersion) => {
      setError(null);
      setDeployed(null);
      setOpen(model);
      setContent(null);
      try {
        const data = await apiFetch<unknown>(
          `/engine-rest/deployment/${model.deploymentId}/resources/${model.resourceId}/data`,
          { headers: { Accept: '*/*' } },
        );
        setContent(typeof data === 'string' ? data : JSON.stringify(data, null, 2));
        await loadVersions(model.resourceName);
      } catch (failure) {
        setError((failure as Error).message);
      }
    },
    [loadVersions],
  );

  const deploy = useCallback(
    async (model: ModelVersion, xml: string) => {
      setError(null);
      setDeployed(null);
      setDeploying(true);
      try {
        const deployment = await apiFetch<Deployed>('/engine-rest/deployment/create', {
          method: 'POST',
          body: deploymentForm(model.resourceName, xml, MEDIA_TYPES[model.kind]),
        });
        setDeployed(deployment.id);
        await Promise.all([loadVersions(model.resourceName), loadModels()]);
      } catch (failure) {
        const message = (failure as Error).message;
        setError(failure instanceof ApiError ? i18n.t('workbench:modeler.deployFailed', { message }) : message);
      } finally {
        setDeploying(false);
      }
    },
    [loadVersions, loadModels],
  );

  return { models, open, openModel, content, versions, error, setError, deploy, deploying, deployed };
}
