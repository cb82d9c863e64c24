import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api, apiFetch } from '../../api/client';
import { ApiError } from '../../api/problem';
import { queryKeys } from '../../api/queryKeys';
import i18n from '../../i18n';
import { submitChange, useReviewRequired } from './review/useReview';
import type { ModelVersion } from './types';
import { deploymentForm } from './versions';

/**
 * A deploy from the studio and the model it carries: the engine's deployment, or the change submitted for an
 * administrator's review when policyflow.models.review is on.
 */
export type Deployed = { model: ModelVersion } & ({ id: string } | { changeId: number });

const MEDIA_TYPES = { BPMN: 'application/xml', DMN: 'application/xml', FORM: 'application/json' } as const;

/** A deployed resource as text (the engine's REST API); a deployment's resources never change. */
export async function fetchContent(model: ModelVersion): Promise<string> {
  const data = await apiFetch<unknown>(
    `/engine-rest/deployment/${model.deploymentId}/resources/${model.resourceId}/data`,
    { headers: { Accept: '*/*' } },
  );
  return typeof data === 'string' ? data : JSON.stringify(data, null, 2);
}

/** The page's data: deployed models, the open one's content and versions, and deploying a new version. */
export function useModels() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<ModelVersion | null>(null);
  const [pageError, setError] = useState<string | null>(null);
  // a file uploaded from Camunda Modeler replaces the deployed content in the editor until the next open
  const [uploaded, setUploaded] = useState<string | null>(null);

  const models = useQuery({ queryKey: queryKeys.models, queryFn: () => api.get('/api/models') });
  const content = useQuery({
    queryKey: queryKeys.modelContent(open?.deploymentId ?? '', open?.resourceId ?? ''),
    queryFn: () => fetchContent(open!),
    enabled: open !== null,
    staleTime: Infinity,
  });
  const versions = useQuery({
    queryKey: queryKeys.modelVersions(open?.resourceName ?? ''),
    queryFn: () => api.get('/api/models/versions', { query: { resource: open!.resourceName } }),
    enabled: open !== null && content.isSuccess,
  });

  const reviewRequired = useReviewRequired();
  const deployment = useMutation({
    // with policyflow.models.review the change waits for an administrator (review/ReviewPage)
    mutationFn: async ({ model, content }: { model: ModelVersion; content: string }): Promise<Deployed> => {
      if (reviewRequired) {
        const { id } = await submitChange(model.resourceName, content);
        return { changeId: id, model };
      }
      const { id } = await apiFetch<{ id: string }>('/engine-rest/deployment/create', {
        method: 'POST',
        body: deploymentForm(model.resourceName, content, MEDIA_TYPES[model.kind]),
      });
      return { id, model };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.models }),
  });
  const { mutateAsync: deployAsync, reset: resetDeployment } = deployment;

  const openModel = useCallback((model: ModelVersion, content: string | null = null) => {
    setError(null);
    resetDeployment();
    setUploaded(content);
    setOpen(model);
  }, [resetDeployment]);

  /** Deploys through the guarded /engine-rest/deployment/create; the deployment, or null when it was refused. */
  const deploy = useCallback(async (model: ModelVersion, content: string): Promise<Deployed | null> => {
    setError(null);
    return deployAsync({ model, content }).catch(() => null);
  }, [deployAsync]);

  const deployFailure = deployment.error;
  const error = pageError
    ?? (deployFailure && (deployFailure instanceof ApiError
      ? i18n.t('workbench:modeler.deployFailed', { message: deployFailure.message }) : deployFailure.message))
    ?? (content.error ?? versions.error ?? models.error)?.message
    ?? null;
  return {
    models: models.data ?? (models.isError ? [] : null),
    open,
    openModel,
    content: uploaded ?? content.data ?? null,
    deployedContent: content.data ?? null,
    versions: versions.data ?? [],
    error,
    setError,
    deploy,
    deploying: deployment.isPending,
  };
}
