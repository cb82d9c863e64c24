import type { Choice, MigrationPlans, MigrationProgress, MigrationProposal, MigrationRequest } from './types';

/** The request for a process key and the modeller's choice of instances. */
export function migrationRequest(processDefinitionKey: string, choice: Choice): MigrationRequest {
  return {
    processDefinitionKey,
    selection: choice.selection,
    docNumber: choice.selection === 'PLAN' ? choice.docNumber.trim() : undefined,
    processInstanceId: choice.selection === 'ONE' ? choice.processInstanceId.trim() : undefined,
  } as MigrationRequest;
}

/** Whether the choice names what it needs (a plan's document number, an instance id). */
export function choiceComplete(choice: Choice): boolean {
  if (choice.selection === 'PLAN') return choice.docNumber.trim() !== '';
  if (choice.selection === 'ONE') return choice.processInstanceId.trim() !== '';
  return true;
}

export type MappingRow = {
  source: string;
  target: string;
  changed: boolean;
  problems: string[];
};

/** The plan's mapped activities by name (id when unnamed), changed ones (name or id differs) first. */
export function mappingRows(proposal: MigrationProposal): MappingRow[] {
  const rows = proposal.mapped.map((mapping) => ({
    source: mapping.sourceName ? `${mapping.sourceName} (${mapping.sourceActivityId})` : mapping.sourceActivityId,
    target: mapping.targetName ? `${mapping.targetName} (${mapping.targetActivityId})` : mapping.targetActivityId,
    changed: mapping.sourceActivityId !== mapping.targetActivityId || mapping.sourceName !== mapping.targetName,
    problems: mapping.problems,
  }));
  return [...rows.filter((row) => row.changed), ...rows.filter((row) => !row.changed)];
}

/** What keeps the move from happening: an invalid plan, or instances waiting where the plan maps nothing. */
export function blockers(proposal: MigrationProposal): { planInvalid: boolean; stranded: number } {
  return {
    planInvalid: proposal.planProblems.length > 0,
    stranded: proposal.unmapped.reduce((sum, unmapped) => sum + unmapped.waiting, 0),
  };
}

/** Chosen instances over all source versions, and those of them that can move. */
export function instanceCounts(plans: MigrationPlans): { chosen: number; movable: number; unchecked: number } {
  let chosen = 0;
  let movable = 0;
  let unchecked = 0;
  for (const proposal of plans.sources) {
    chosen += proposal.instances.length + proposal.unchecked;
    movable += proposal.instances.filter((instance) => instance.movable).length;
    unchecked += proposal.unchecked;
  }
  return { chosen, movable, unchecked };
}

/** Share of the run's instances that are settled (moved, failed or ended), 0–100. */
export function progressPercent(progress: MigrationProgress): number {
  if (progress.total === 0) return 100;
  const settled = progress.instances.filter((instance) => instance.outcome != null).length;
  return Math.round((settled * 100) / progress.total);
}
