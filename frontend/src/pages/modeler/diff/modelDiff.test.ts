import { describe, expect, it } from 'vitest';
import { countByKind, diffMarkers, diffModel } from './modelDiff';

const form = '{"components":[{"key":"a","type":"textfield","label":"甲"}]}';

describe('model difference of any kind', () => {
  it('treats a model deployed the first time as all added', async () => {
    expect((await diffModel('FORM', '', form)).map((change) => `${change.kind} ${change.id}`)).toEqual(['added a']);
  });

  it('marks added and changed elements on the new diagram, removed and changed ones on the old', () => {
    const changes = [
      { id: 'A', label: 'A', type: 'bpmn:Task', kind: 'added' as const, properties: [] },
      { id: 'R', label: 'R', type: 'bpmn:Task', kind: 'removed' as const, properties: [] },
      { id: 'C', label: 'C', type: 'bpmn:Task', kind: 'changed' as const, properties: [] },
    ];
    expect(diffMarkers(changes, 'after')).toEqual([{ id: 'A', marker: 'diff-added' }, { id: 'C', marker: 'diff-changed' }]);
    expect(diffMarkers(changes, 'before')).toEqual([{ id: 'R', marker: 'diff-removed' }, { id: 'C', marker: 'diff-changed' }]);
    expect(countByKind(changes)).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});
