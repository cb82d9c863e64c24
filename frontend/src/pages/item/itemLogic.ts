import type { TimelineEvent } from './types';

/** The item number of an address /items/{id}, or null when it is not a whole number (/items/abc). */
export function itemIdOf(param: string | undefined): number | null {
  return param && /^[1-9]\d{0,15}$/.test(param) ? Number(param) : null;
}

/** "2026-11-27T16:05:00+08:00" → "2026-11-27 16:05" (the server already sends Asia/Shanghai time). */
export function shanghaiTime(at: string): string {
  return at.slice(0, 16).replace('T', ' ');
}

/** Reports and assessments carry "revision|narrative" and "score|comment" in detail; split them. */
export function splitDetail(event: TimelineEvent): { prefix: string | null; text: string | null } {
  if ((event.kind === 'REPORT' || event.kind === 'ASSESSMENT') && event.detail) {
    const bar = event.detail.indexOf('|');
    if (bar > 0) return { prefix: event.detail.slice(0, bar), text: event.detail.slice(bar + 1) || null };
  }
  return { prefix: null, text: event.detail };
}

/** Activities to mark on the diagram: current ones win over passed ones. */
export function diagramMarkers(passed: string[], current: string[]): { id: string; marker: 'current' | 'passed' }[] {
  const currentSet = new Set(current);
  return [
    ...current.map((id) => ({ id, marker: 'current' as const })),
    ...passed.filter((id) => !currentSet.has(id)).map((id) => ({ id, marker: 'passed' as const })),
  ];
}
