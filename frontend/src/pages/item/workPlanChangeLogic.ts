import type { WorkPlan } from './types';

/** A cell as the lead edits it: the planned value as typed (text), the milestone. */
export interface DraftCell { plannedValue: string; milestone: string }

/** The draft of a change: the plan's table (a row per target, a cell per period) as it stands, ready to edit. */
export function draftOf(plan: WorkPlan): DraftCell[][] {
  return plan.rows.map((row) => row.cells.map((cell) => ({
    plannedValue: cell.plannedValue == null ? '' : String(cell.plannedValue),
    milestone: cell.milestone,
  })));
}

export interface CellError { row: number; column: number; message: string }

/** What the server takes: every cell, period by period and within a period target by target. */
export interface ChangeCells { cells: { plannedValue: number | null; milestone: string }[] }

/**
 * The draft as the request's cells, or the first cell the lead must fix (a planned value that is not a non-negative
 * number, an empty milestone) with the message key and its values.
 */
export function requestCells(draft: DraftCell[][]): ChangeCells | { error: CellError } {
  const periods = draft[0]?.length ?? 0;
  const cells: ChangeCells['cells'] = [];
  for (let column = 0; column < periods; column++) {
    for (let row = 0; row < draft.length; row++) {
      const cell = draft[row][column];
      const typed = cell.plannedValue.trim();
      const value = typed === '' ? null : Number(typed);
      if (value !== null && (!Number.isFinite(value) || value < 0 || !/^\d+(\.\d+)?$/.test(typed))) {
        return { error: { row, column, message: 'workPlanChange.notANumber' } };
      }
      if (!cell.milestone.trim()) return { error: { row, column, message: 'workPlanChange.milestoneMissing' } };
      cells.push({ plannedValue: value, milestone: cell.milestone.trim() });
    }
  }
  return { cells };
}

/** A decision's detail "requester|changed/all|comment" split for the timeline. */
export function changeDecision(detail: string | null | undefined): { requester: string; changed: string; comment: string } | null {
  if (!detail) return null;
  const [requester, changed, ...comment] = detail.split('|');
  if (changed === undefined) return null;
  return { requester, changed, comment: comment.join('|') };
}
