// The shortest chain of relations between two entities, ignoring direction; null when they are not connected.
// A bidirectional breadth-first search, as graphology-shortest-path's `bidirectional` does, over the store's
// neighbour rows: that library takes a graphology instance, which the server no longer holds (see graph-store.ts).
// tests/graph/indexes-equivalence.test.ts checks the lengths against the library on a graphology graph.
import type { KnowledgeGraph } from './knowledge-graph';
import type { GraphStore } from './graph-store';
import { RELATION_TYPES, type Relation, type RelationType } from './types';
import { entityNumber } from './entity';
import { relationAt } from './relations';
import { inWindow } from './time/edge-dates';
import type { DaySpan } from './time/window';

/** When two entities are linked several ways, the hop shows the most telling relation. */
const PREFERENCE: RelationType[] = ['SUPPORTS', 'OPPOSES', 'PROPOSED', 'MET_WITH', 'ATTENDED', 'REPRESENTS'];

/** With a time window, only relations stated within it count. */
export function shortestPath(kg: KnowledgeGraph, from: string, to: string, window?: DaySpan | null): Relation[] | null {
  const source = entityNumber(kg, from);
  const target = entityNumber(kg, to);
  if (source === undefined || target === undefined) return null;
  const { store } = kg;
  const dated = inWindow(store, window);
  const nodes = bidirectional(store, source, target, dated);
  if (!nodes) return null;
  // Preference first, then id: one number per edge.
  const rank = (e: number) => PREFERENCE.indexOf(RELATION_TYPES[store.relationTypes[e]]) * store.size + store.edgeRank[e];
  return nodes.slice(1).map((b, i) => {
    const a = nodes[i];
    let best = -1;
    for (let j = store.incidentStart[a]; j < store.incidentStart[a + 1]; j++) {
      const e = store.incident[j];
      if (store.opposite(e, a) === b && (!dated || dated(e)) && (best < 0 || rank(e) < rank(best))) best = e;
    }
    return relationAt(kg, best);
  });
}

/** Node numbers from `source` to `target` along neighbours, or null. Each side grows its smaller frontier a ring at a time. */
function bidirectional(store: GraphStore, source: number, target: number, dated: ((e: number) => boolean) | null): number[] | null {
  const { order, neighborStart, neighbors, incidentStart, incident } = store;
  if (source === target) return [source];
  // came[side][n]: the node n was reached from on that side (itself for the start), -1 when not reached.
  const came = [new Int32Array(order).fill(-1), new Int32Array(order).fill(-1)];
  came[0][source] = source;
  came[1][target] = target;
  const frontiers = [[source], [target]];
  while (frontiers[0].length && frontiers[1].length) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const [mine, theirs] = [came[side], came[1 - side]];
    const next: number[] = [];
    for (const node of frontiers[side]) {
      const [first, last] = dated ? [incidentStart[node], incidentStart[node + 1]] : [neighborStart[node], neighborStart[node + 1]];
      for (let i = first; i < last; i++) {
        if (dated && !dated(incident[i])) continue;
        const neighbor = dated ? store.opposite(incident[i], node) : neighbors[i];
        if (mine[neighbor] !== -1) continue;
        mine[neighbor] = node;
        if (theirs[neighbor] !== -1) return [...walk(came[0], neighbor).reverse(), ...walk(came[1], neighbor).slice(1)];
        next.push(neighbor);
      }
    }
    frontiers[side] = next;
  }
  return null;
}

/** From `node` back to its side's start. */
function walk(came: Int32Array, node: number): number[] {
  const nodes = [node];
  while (came[node] !== node) nodes.push((node = came[node]));
  return nodes;
}
