// The k-hop ego graph of an entity: nodes within `depth` relations (either direction) and the relations among them.
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation } from './types';
import { getEntity, resolveEntityId, type EntityView } from './entity';
import { relationFrom } from './relations';
import { LIMITS, checkRange } from './limits';

export interface Subgraph {
  nodes: EntityView[];
  edges: Relation[];
}

/** Nearest nodes first; past LIMITS.neighborhoodNodes (or LIMITS.neighborhoodEdges) the farthest ring is cut. Unknown id → empty subgraph. */
export function neighborhood(kg: KnowledgeGraph, id: string, depth: number = LIMITS.depth.default): Subgraph {
  checkRange('depth', depth, LIMITS.depth);
  const center = resolveEntityId(kg, id);
  if (center === null) return { nodes: [], edges: [] };
  const { graph } = kg;
  // Breadth-first over neighbours in either direction, ring by ring, so the cut (if any) takes the farthest.
  const members = new Set<string>([center]);
  let ring = [center];
  for (let hop = 0; hop < depth && members.size < LIMITS.neighborhoodNodes; hop++) {
    const next: string[] = [];
    for (const node of ring) {
      const full = graph.someNeighbor(node, (neighbor) => {
        if (!members.has(neighbor)) {
          members.add(neighbor);
          next.push(neighbor);
        }
        return members.size >= LIMITS.neighborhoodNodes;
      });
      if (full) break;
    }
    ring = next;
  }
  const edges: Relation[] = [];
  for (const node of members) {
    // Members are in BFS order, so past the cap the relations among the farthest nodes are the ones cut.
    graph.someEdge(node, (key, attr, source, target) => {
      // Each edge once: from its source's side (undirected edges from either end, deduplicated by key order).
      if (source === node && members.has(target)) edges.push(relationFrom(key, attr, source, target));
      return edges.length >= LIMITS.neighborhoodEdges;
    });
    if (edges.length >= LIMITS.neighborhoodEdges) break;
  }
  return { nodes: [...members].map((n) => getEntity(kg, n)!), edges: edges.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
