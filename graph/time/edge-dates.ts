// Which relations fall in a time window, and each relation's first and last dated evidence.
import type { GraphStore } from '../graph-store';
import type { Evidence, StatedAt } from '../types';
import { daySpan, type DaySpan } from './window';

/** Whether any of edge e's evidence was stated within the window (evidence with no date never is). */
export function edgeInWindow(store: GraphStore, e: number, window: DaySpan): boolean {
  for (let i = store.evidenceStart[e]; i < store.evidenceStart[e + 1]; i++) {
    if (store.evidenceDayFrom[i] <= window.to && window.from <= store.evidenceDayTo[i]) return true;
  }
  return false;
}

/** A predicate on edge numbers for an optional window: every edge passes when there is none. */
export const inWindow = (store: GraphStore, window: DaySpan | null | undefined): ((e: number) => boolean) | null =>
  window ? (e) => edgeInWindow(store, e, window) : null;

/** The earliest and latest dated evidence (by the first, then the last day each date covers); nulls when none is dated. */
export function statedSpan(evidence: readonly Evidence[]): { first: StatedAt | null; last: StatedAt | null } {
  let first: [StatedAt, DaySpan] | null = null;
  let last: [StatedAt, DaySpan] | null = null;
  for (const { statedAt } of evidence) {
    const span = statedAt && daySpan(statedAt.date);
    if (!statedAt || !span) continue;
    if (!first || span.from < first[1].from || (span.from === first[1].from && span.to < first[1].to)) first = [statedAt, span];
    if (!last || span.to > last[1].to || (span.to === last[1].to && span.from > last[1].from)) last = [statedAt, span];
  }
  return { first: first?.[0] ?? null, last: last?.[0] ?? null };
}
