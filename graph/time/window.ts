// Time windows: a partial ISO date as the span of days it covers, and `since`/`until` arguments as one window.
import { InvalidArgumentError } from '../errors';

/** Days since 1970-01-01 (UTC), inclusive at both ends. */
export interface DaySpan {
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2025-02-14` → that day; `2025-02` → the month; `2025` → the year; undefined when not such a date. */
export function daySpan(date: string): DaySpan | undefined {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (day !== undefined && new Date(first).getUTCDate() !== day) return undefined;
  const last = day !== undefined ? first : month !== undefined ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  return { from: first / DAY_MS, to: last / DAY_MS };
}

/** The ISO day of a day number. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * `since` and `until` (partial ISO dates, either optional) as one window: from the first day `since` covers to the
 * last day `until` covers. Null when neither is given. Throws InvalidArgumentError naming the bad argument.
 */
export function timeWindow(since?: string | null, until?: string | null): DaySpan | null {
  if (!since && !until) return null;
  const read = (argument: string, value: string) => {
    const span = daySpan(value);
    if (!span) throw new InvalidArgumentError(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`);
    return span;
  };
  const from = since ? read('since', since).from : -Infinity;
  const to = until ? read('until', until).to : Infinity;
  if (from > to) throw new InvalidArgumentError('until', `must not be before since (${since})`);
  return { from, to };
}

/** Whether two spans share a day. */
export const overlaps = (a: DaySpan, b: DaySpan): boolean => a.from <= b.to && b.from <= a.to;
