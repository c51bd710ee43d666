// Relay-style pages over an ordered list, with opaque cursors that encode a position.
import { InvalidArgumentError } from './errors';
import { LIMITS, checkRange } from './limits';

/** An ordered list to page through: an array, or a `lazyList` that makes only the items a page reads. */
export interface Sequence<T> {
  readonly length: number;
  slice(start?: number, end?: number): T[];
}

/** Items `make(n)` for the numbers in `numbers`, made when sliced: a page of 100k entities makes 50 objects, not 100k. */
export function lazyList<T>(numbers: Int32Array, make: (n: number) => T): Sequence<T> {
  return { length: numbers.length, slice: (start, end) => Array.from(numbers.subarray(start, end), make) };
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
}

const PREFIX = 'offset:';
export const encodeCursor = (offset: number) => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw new InvalidArgumentError('after', 'is not a cursor this API issued');
  }
  return offset;
}

export function paginate<T>(items: Sequence<T>, first: number = LIMITS.first.default, after?: string | null): Connection<T> {
  checkRange('first', first, LIMITS.first);
  const start = after ? decodeCursor(after) + 1 : 0;
  const page = items.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    totalCount: items.length,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
    nodes: page,
  };
}
