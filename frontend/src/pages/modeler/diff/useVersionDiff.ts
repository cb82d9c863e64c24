import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { ModelVersion } from '../types';
import { fetchContent } from '../useModels';
import { versionRows } from '../versions';

/** A deployed version's content; the deployment's resources never change. */
export function useContent(version: ModelVersion | undefined) {
  return useQuery({
    queryKey: queryKeys.modelContent(version?.deploymentId ?? '', version?.resourceId ?? ''),
    queryFn: () => fetchContent(version!),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

/** Two versions of one model to compare: the chosen ones by deployment, else the latest and the one before it. */
export function useVersionDiff(resource: string, from: string | null, to: string | null) {
  const versions = useQuery({
    queryKey: queryKeys.modelVersions(resource),
    queryFn: () => api.get('/api/models/versions', { query: { resource } }),
    enabled: resource !== '',
  });
  const list = versions.data ?? [];
  const newestFirst = versionRows(list).map((row) => list.find((version) => `${version.deploymentId}/${version.resourceId}` === row.key)!);
  const after = newestFirst.find((version) => version.deploymentId === to) ?? newestFirst[0];
  const before = newestFirst.find((version) => version.deploymentId === from) ?? newestFirst[newestFirst.indexOf(after) + 1];
  const afterContent = useContent(after);
  const beforeContent = useContent(before);
  return {
    versions: newestFirst,
    before,
    after,
    beforeContent: before ? beforeContent.data ?? null : '',
    afterContent: afterContent.data ?? null,
    error: (versions.error ?? afterContent.error ?? beforeContent.error)?.message ?? null,
  };
}
