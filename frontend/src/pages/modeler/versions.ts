import type { ModelVersion } from './types';

/** The deployment source ModelDeployer writes for bpmn/, and the one this page writes. */
export const FOLDER_SOURCE = 'bpmn/';
export const MODELER_SOURCE = 'policyflow-modeler';

export type VersionRow = {
  key: string;
  version: number;
  deployedAt: string;
  origin: 'folder' | 'modeler' | 'other';
  runningInstances: number | null;
  latest: boolean;
};

/** Newest first, with where each version came from and which one new instances start. */
export function versionRows(versions: ModelVersion[]): VersionRow[] {
  return [...versions]
    .sort((a, b) => b.version - a.version || b.deployedAt.localeCompare(a.deployedAt))
    .map((version, index) => ({
      key: `${version.deploymentId}/${version.resourceId}`,
      version: version.version,
      deployedAt: version.deployedAt,
      origin: version.source === FOLDER_SOURCE ? 'folder' : version.source === MODELER_SOURCE ? 'modeler' : 'other',
      runningInstances: version.runningInstances,
      latest: index === 0,
    }));
}

/** Running instances over every version (null when the model has no instances, as DMN and forms). */
export function totalRunning(versions: ModelVersion[]): number | null {
  const counts = versions.map((version) => version.runningInstances).filter((count): count is number => count !== null);
  return counts.length ? counts.reduce((sum, count) => sum + count, 0) : null;
}

/** Deploying under the same deployment name and resource name lines the new version up behind the old ones. */
export function deploymentForm(resourceName: string, content: string, mediaType: string): FormData {
  const form = new FormData();
  form.append('deployment-name', 'policyflow-models');
  form.append('deployment-source', MODELER_SOURCE);
  form.append('deploy-changed-only', 'true');
  form.append(resourceName, new Blob([content], { type: mediaType }), resourceName);
  return form;
}
