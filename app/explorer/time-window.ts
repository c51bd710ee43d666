// The explorer's time window: months as day spans, the months the graph's statements cover, and the test an edge passes.
import type { ExplorerGraph } from './sigma-graph';

export interface DaySpan {
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

/** "2025-02" → its first day's number; `end` → its last day's. */
export function monthDay(month: string, end = false): number {
  const [year, m] = month.split('-').map(Number);
  return (end ? Date.UTC(year, m, 0) : Date.UTC(year, m - 1, 1)) / DAY_MS;
}

export const monthOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 7);

/** The window the view's from/to months mean, or null when both are open. */
export function windowOf(from: string | null, to: string | null): DaySpan | null {
  if (!from && !to) return null;
  return { from: from ? monthDay(from) : -Infinity, to: to ? monthDay(to, true) : Infinity };
}

/** Whether any of the spans [from, to, …] shares a day with the window. */
export function statedWithin(days: readonly number[], window: DaySpan): boolean {
  for (let k = 0; k < days.length; k += 2) if (days[k] <= window.to && window.from <= days[k + 1]) return true;
  return false;
}

/** Every month from the earliest to the latest statement, in order; empty when nothing is dated. */
export function statedMonths(graph: ExplorerGraph): string[] {
  let first = Infinity;
  let last = -Infinity;
  graph.forEachEdge((_, { days }) => {
    for (let k = 0; k < days.length; k += 2) {
      first = Math.min(first, days[k]);
      last = Math.max(last, days[k + 1]);
    }
  });
  if (first > last) return [];
  const months: string[] = [];
  for (let month = monthOf(first); month <= monthOf(last); ) {
    months.push(month);
    const [y, m] = month.split('-').map(Number);
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return months;
}
