// The k-hop ego graph of an entity: nodes within `depth` relations (either direction) and the relations among them.
import { bfsFromNode } from 'graphology-traversal';
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation } from './types';
import { getEntity, resolveEntityId, type EntityView } from './entity';
import { getRelation } from './relations';
import { LIMITS, checkRange } from './limits';
import { undirectedView } from './undirected-view';

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
  const members = new Set<string>();
  bfsFromNode(undirectedView(graph), center, (node, _attr, hops) => {
    if (members.size >= LIMITS.neighborhoodNodes) return true;
    members.add(node);
    return hops >= depth;
  });
  const edges: Relation[] = [];
  for (const node of members) {
    // Members are in BFS order, so past the cap the relations among the farthest nodes are the ones cut.
    graph.someEdge(node, (key, _attr, source, target) => {
      // Each edge once: from its source's side (undirected edges from either end, deduplicated by key order).
      if (source === node && members.has(target)) edges.push(getRelation(kg, key)!);
      return edges.length >= LIMITS.neighborhoodEdges;
    });
    if (edges.length >= LIMITS.neighborhoodEdges) break;
  }
  return { nodes: [...members].map((n) => getEntity(kg, n)!), edges: edges.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
