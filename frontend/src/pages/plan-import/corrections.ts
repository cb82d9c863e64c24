import type { Body, ItemCorrection, PlanItem, PlanPreview, Target, Warning } from './types';

/** What the person changed, by item number; an item without changes has no entry. */
export type Corrections = Record<number, Change>;

type Change = Omit<ItemCorrection, 'item'>;

function without(change: Change | undefined, field: keyof Change): Change {
  const copy = { ...change };
  delete copy[field];
  return copy;
}

function withItem(corrections: Corrections, item: number, change: Change): Corrections {
  const next = { ...corrections, [item]: change };
  if (change.lead === undefined && change.supporting === undefined && change.targets === undefined) delete next[item];
  return next;
}

/** Chooses the lead of an item ('' = none); choosing the lead as read drops the correction. */
export function setLead(corrections: Corrections, item: PlanItem, leadId: string): Corrections {
  const rest = without(corrections[item.number], 'lead');
  const asRead = item.lead?.id ?? '';
  return withItem(corrections, item.number, leadId === asRead ? rest : { ...rest, lead: leadId });
}

type SupportingBody = PlanItem['supporting'][number];

/**
 * The supporting bodies an item will be imported with: as read, or as corrected (looked up among the bodies one may
 * choose, keeping how the document wrote a body it named). The lead is never also supporting (the server drops it).
 */
export function supportingOf(corrections: Corrections, item: PlanItem, bodies: Body[]): SupportingBody[] {
  const chosen = corrections[item.number]?.supporting;
  const lead = leadOf(corrections, item, bodies);
  const listed = chosen === undefined ? item.supporting : chosen.flatMap((id) => {
    const body = item.supporting.find((read) => read.id === id) ?? bodies.find((known) => known.id === id);
    return body ? [{ writtenAs: null, ...body }] : [];
  });
  return listed.filter((body) => body.id !== lead?.id);
}

function setSupporting(corrections: Corrections, item: PlanItem, ids: string[]): Corrections {
  const rest = without(corrections[item.number], 'supporting');
  const unchanged = JSON.stringify(ids) === JSON.stringify(item.supporting.map((body) => body.id));
  return withItem(corrections, item.number, unchanged ? rest : { ...rest, supporting: ids });
}

/** Adds a supporting body (once); adding the lead or a body already listed changes nothing. */
export function addSupporting(corrections: Corrections, item: PlanItem, bodies: Body[], id: string): Corrections {
  const ids = supportingOf(corrections, item, bodies).map((body) => body.id);
  if (!id || ids.includes(id) || leadOf(corrections, item, bodies)?.id === id) return corrections;
  return setSupporting(corrections, item, [...ids, id]);
}

export function removeSupporting(corrections: Corrections, item: PlanItem, bodies: Body[], id: string): Corrections {
  return setSupporting(corrections, item, supportingOf(corrections, item, bodies).map((body) => body.id)
    .filter((other) => other !== id));
}

/** The targets an item will be imported with. */
export function targetsOf(corrections: Corrections, item: PlanItem): Target[] {
  return corrections[item.number]?.targets ?? item.targets;
}

function setTargets(corrections: Corrections, item: PlanItem, targets: Target[]): Corrections {
  const rest = without(corrections[item.number], 'targets');
  const unchanged = JSON.stringify(targets) === JSON.stringify(item.targets);
  return withItem(corrections, item.number, unchanged ? rest : { ...rest, targets });
}

export function editTarget(corrections: Corrections, item: PlanItem, index: number, change: Partial<Target>): Corrections {
  return setTargets(
    corrections,
    item,
    targetsOf(corrections, item).map((target, i) => (i === index ? { ...target, ...change } : target)),
  );
}

export function removeTarget(corrections: Corrections, item: PlanItem, index: number): Corrections {
  return setTargets(corrections, item, targetsOf(corrections, item).filter((_, i) => i !== index));
}

/** The lead an item will be imported with, looked up among the bodies one may choose. */
export function leadOf(corrections: Corrections, item: PlanItem, bodies: Body[]): Body | null {
  const chosen = corrections[item.number]?.lead;
  if (chosen === undefined) return item.lead;
  return chosen === '' ? null : (bodies.find((body) => body.id === chosen) ?? null);
}

/** The request's corrections, by item number. */
export function toRequest(corrections: Corrections): ItemCorrection[] {
  return Object.entries(corrections)
    .map(([item, change]) => ({ item: Number(item), ...change }))
    .sort((a, b) => a.item - b.item);
}

/** A target the server would refuse: the message key to show, or null. */
export function targetProblem(target: Target): string | null {
  if (!target.text.trim()) return 'workbench:planImport.target.textMissing';
  if (!Number.isFinite(target.value)) return 'workbench:planImport.target.valueInvalid';
  if (!target.unit.trim() || target.unit.length > 20) return 'workbench:planImport.target.unitInvalid';
  return null;
}

/** Warnings of the document as a whole (line 0 or before the first item) and those of each item, by item number. */
export function warningsByItem(preview: PlanPreview): { general: Warning[]; byItem: Record<number, Warning[]> } {
  const items = [...preview.items].sort((a, b) => a.line - b.line);
  const general: Warning[] = [];
  const byItem: Record<number, Warning[]> = {};
  for (const warning of preview.warnings) {
    const item = [...items].reverse().find((candidate) => candidate.line <= warning.line);
    if (warning.line === 0 || !item) general.push(warning);
    else (byItem[item.number] ??= []).push(warning);
  }
  return { general, byItem };
}

/** The bodies one may choose as a lead: the registry and the bodies this plan would create. */
export function choosableBodies(registry: Body[], preview: PlanPreview): Body[] {
  const known = new Set(registry.map((body) => body.id));
  return [...registry, ...preview.newBodies.filter((body) => !known.has(body.id))];
}
