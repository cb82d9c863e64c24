import { diffBpmn } from './bpmnDiff';
import { diffDmn } from './dmnDiff';
import { diffForm } from './formDiff';
import type { ChangeKind, ModelChange } from './types';

export type ModelKind = 'BPMN' | 'DMN' | 'FORM';

/** The difference of two versions of a model of any kind (before may be '' for a model deployed the first time). */
export async function diffModel(kind: ModelKind, before: string, after: string): Promise<ModelChange[]> {
  const empty = { BPMN: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', DMN: '<definitions/>', FORM: '{"components":[]}' }[kind];
  const old = before.trim() ? before : empty;
  if (kind === 'BPMN') return diffBpmn(old, after);
  return kind === 'DMN' ? diffDmn(old, after) : diffForm(old, after);
}

/** Diagram markers (bpmn-js marker classes) of a BPMN difference: on the new version, or on the old one. */
export function diffMarkers(changes: ModelChange[], version: 'before' | 'after'): { id: string; marker: string }[] {
  const shown: ChangeKind[] = version === 'after' ? ['added', 'changed'] : ['removed', 'changed'];
  return changes.filter((change) => shown.includes(change.kind)).map((change) => ({ id: change.id, marker: `diff-${change.kind}` }));
}

/** How many of each kind, for the summary line. */
export function countByKind(changes: ModelChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  changes.forEach((change) => { counts[change.kind] += 1; });
  return counts;
}
