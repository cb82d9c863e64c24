import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api, apiFetch } from '../../api/client';
import { ApiError } from '../../api/problem';
import { queryKeys } from '../../api/queryKeys';
import i18n from '../../i18n';
import { submitChange, useReviewRequired } from './review/useReview';
import type { ModelVersion } from './types';
import { deploymentForm } from './versions';

type Deployed = { id: string };

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
    mutationFn: ({ model, xml }: { model: ModelVersion; xml: string }): Promise<Deployed | { id: number }> =>
      reviewRequired ? submitChange(model.resourceName, xml) : apiFetch<Deployed>('/engine-rest/deployment/create', {
        method: 'POST',
        body: deploymentForm(model.resourceName, xml, MEDIA_TYPES[model.kind]),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.models }),
  });
  const { mutateAsync: deployAsync, reset: resetDeployment } = deployment;

  const openModel = useCallback((model: ModelVersion) => {
    setError(null);
    resetDeployment();
    setOpen(model);
  }, [resetDeployment]);

  const deploy = useCallback(async (model: ModelVersion, xml: string) => {
    setError(null);
    await deployAsync({ model, xml }).catch(() => undefined);
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
    content: content.data ?? null,
    versions: versions.data ?? [],
    error,
    setError,
    deploy,
    deploying: deployment.isPending,
    deployed: typeof deployment.data?.id === 'string' ? deployment.data.id : null,
    submitted: typeof deployment.data?.id === 'number' ? deployment.data.id : null,
  };
}
