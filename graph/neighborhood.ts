// The k-hop ego graph of an entity: nodes within `depth` relations (either direction) and the relations among them.
import type { KnowledgeGraph } from './knowledge-graph';
import type { GraphStore } from './graph-store';
import type { Relation } from './types';
import { entityAt, entityNumber, type EntityView } from './entity';
import { relationAt } from './relations';
import { LIMITS, checkRange } from './limits';
import { inWindow } from './time/edge-dates';
import type { DaySpan } from './time/window';

export interface Subgraph {
  nodes: EntityView[];
  edges: Relation[];
}

/** Per call scratch (queries are synchronous): node n is a member of the current call when mark[n] === stamp. */
const marks = new WeakMap<GraphStore, { mark: Int32Array; stamp: number }>();

/**
 * Nearest nodes first, each ring in the order the store lists neighbours; past LIMITS.neighborhoodNodes (or
 * LIMITS.neighborhoodEdges) the farthest ring is cut. Relations in id order. Unknown id → empty subgraph. With a time
 * window, only relations stated within it link nodes.
 */
export function neighborhood(kg: KnowledgeGraph, id: string, depth: number = LIMITS.depth.default, window?: DaySpan | null): Subgraph {
  checkRange('depth', depth, LIMITS.depth);
  const center = entityNumber(kg, id);
  if (center === undefined) return { nodes: [], edges: [] };
  const { store } = kg;
  const { neighborStart, neighbors, incidentStart, sourceEnd, incident, targets, edgeRank } = store;
  let scratch = marks.get(store);
  if (!scratch) marks.set(store, (scratch = { mark: new Int32Array(store.order), stamp: 0 }));
  const { mark } = scratch;
  const stamp = ++scratch.stamp;
  const dated = inWindow(store, window);
  // Without a window the distinct-neighbour rows are quicker; with one, neighbours come through dated edges.
  const eachNeighbor = (node: number, visit: (neighbor: number) => boolean) => {
    if (!dated) {
      for (let i = neighborStart[node]; i < neighborStart[node + 1]; i++) if (!visit(neighbors[i])) return;
      return;
    }
    for (let i = incidentStart[node]; i < incidentStart[node + 1]; i++) {
      if (dated(incident[i]) && !visit(store.opposite(incident[i], node))) return;
    }
  };
  // Breadth-first over neighbours in either direction, ring by ring, so the cut (if any) takes the farthest.
  const members = [center];
  mark[center] = stamp;
  let ring = [center];
  for (let hop = 0; hop < depth && members.length < LIMITS.neighborhoodNodes; hop++) {
    const next: number[] = [];
    for (const node of ring) {
      if (members.length >= LIMITS.neighborhoodNodes) break;
      eachNeighbor(node, (neighbor) => {
        if (mark[neighbor] !== stamp) {
          mark[neighbor] = stamp;
          members.push(neighbor);
          next.push(neighbor);
        }
        return members.length < LIMITS.neighborhoodNodes;
      });
    }
    ring = next;
  }
  // Each edge once, from its source's side; members are in BFS order, so past the cap the relations among the
  // farthest nodes are the ones cut.
  const picked: number[] = [];
  collect: for (const node of members) {
    for (let i = incidentStart[node]; i < sourceEnd[node]; i++) {
      const edge = incident[i];
      if (mark[targets[edge]] !== stamp || (dated && !dated(edge))) continue;
      picked.push(edge);
      if (picked.length >= LIMITS.neighborhoodEdges) break collect;
    }
  }
  const ordered = Int32Array.from(picked).sort((a, b) => edgeRank[a] - edgeRank[b]);
  return { nodes: members.map((n) => entityAt(kg, n)), edges: Array.from(ordered, (e) => relationAt(kg, e)) };
}
