import { describe, expect, it } from 'vitest';
import { served } from '../../test-utils';
import type { ModelVersion } from './types';
import { deploymentForm, totalRunning, versionRows } from './versions';

function version(n: number, source: string, running: number | null): ModelVersion {
  return served<ModelVersion>({
    resourceName: 'bpmn/action-item.bpmn', kind: 'BPMN', deploymentId: `d${n}`, resourceId: `r${n}`,
    deployedAt: `2026-11-2${n}T08:00:00+08:00`, source, definitionId: `action-item:${n}`, definitionKey: 'action-item',
    definitionName: '行动事项', version: n, runningInstances: running,
  });
}

describe('version list', () => {
  it('lists newest first with origin, instances and the latest marked', () => {
    const rows = versionRows([version(1, 'bpmn/', 18), version(2, 'policyflow-modeler', 0)]);
    expect(rows.map((r) => [r.version, r.origin, r.runningInstances, r.latest])).toEqual([
      [2, 'modeler', 0, true],
      [1, 'folder', 18, false],
    ]);
    expect(totalRunning([version(1, 'bpmn/', 18), version(2, 'x', 2)])).toBe(20);
    expect(totalRunning([{ ...version(1, 'bpmn/', null), kind: 'DMN' }])).toBeNull();
  });

  it('deploys under the shared deployment name and the same resource name', () => {
    const form = deploymentForm('bpmn/action-item.bpmn', '<xml/>', 'application/xml');
    expect(form.get('deployment-name')).toBe('policyflow-models');
    expect(form.get('deploy-changed-only')).toBe('true');
    expect((form.get('bpmn/action-item.bpmn') as File).name).toBe('bpmn/action-item.bpmn');
  });
});
