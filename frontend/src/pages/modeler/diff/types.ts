/** One difference between two versions of a model: an element, rule, column or form field. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** A property that differs: where (path or column) and the text before and after ('' when absent). */
export type PropertyChange = { property: string; before: string; after: string };

export type ModelChange = {
  /** Element id (BPMN), decision/rule/column id (DMN) or component key (form). */
  id: string;
  /** What the modeller reads: the element's name, 规则 n, the field's label. */
  label: string;
  /** Element type (bpmn:UserTask), DMN part (rule, input, output, decision) or form component type. */
  type: string;
  kind: ChangeKind;
  properties: PropertyChange[];
};

/** Property maps of the same thing in two versions → changed properties, sorted by property. */
export function changedProperties(before: Map<string, string>, after: Map<string, string>): PropertyChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .filter((name) => (before.get(name) ?? '') !== (after.get(name) ?? ''))
    .map((property) => ({ property, before: before.get(property) ?? '', after: after.get(property) ?? '' }));
}

/**
 * Things by id in two versions → added, removed and changed ones (unchanged left out), in the order of the new
 * version, removed ones last.
 */
export function compareById<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  describe: (id: string, item: T) => { label: string; type: string; properties: Map<string, string> },
): ModelChange[] {
  const changes: ModelChange[] = [];
  for (const [id, item] of after) {
    const now = describe(id, item);
    const old = before.has(id) ? describe(id, before.get(id) as T) : null;
    if (!old) {
      changes.push({ id, label: now.label, type: now.type, kind: 'added', properties: changedProperties(new Map(), now.properties) });
      continue;
    }
    const properties = changedProperties(old.properties, now.properties);
    if (properties.length > 0 || old.type !== now.type) {
      const typeChange = old.type !== now.type ? [{ property: 'type', before: old.type, after: now.type }] : [];
      changes.push({ id, label: now.label, type: now.type, kind: 'changed', properties: [...typeChange, ...properties] });
    }
  }
  for (const [id, item] of before) {
    if (!after.has(id)) {
      const old = describe(id, item);
      changes.push({ id, label: old.label, type: old.type, kind: 'removed', properties: changedProperties(old.properties, new Map()) });
    }
  }
  return changes;
}
