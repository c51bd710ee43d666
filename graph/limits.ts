// Bounds on every query the core answers: defaults and validation live together here.
import { InvalidArgumentError } from './errors';

export const LIMITS = {
  /** Page size of connections and search results. */
  first: { default: 50, min: 1, max: 500 },
  searchFirst: { default: 10, min: 1, max: 500 },
  /** Hops of a neighbourhood. */
  depth: { default: 1, min: 1, max: 3 },
  /** Nodes a neighbourhood returns at most, nearest first: a depth-3 ego graph of a hub is the whole graph. */
  neighborhoodNodes: 2000,
  /** Relations a neighbourhood returns at most, those of the nearest nodes first: 2000 hub-adjacent nodes can share tens of thousands. */
  neighborhoodEdges: 5000,
  /** Characters of a search query. */
  queryLength: 200,
} as const;

/** Check that `value` is an integer within [min, max]; throw naming the argument otherwise. */
export function checkRange(argument: string, value: number, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidArgumentError(argument, `must be an integer from ${range.min} to ${range.max}, got ${value}`);
  }
  return value;
}
