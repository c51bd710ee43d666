// The k-hop ego graph of an entity: nodes within `depth` relations (either direction) and the relations among them.
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation } from './types';
import { entityFrom, getEntity, resolveEntityId, type EntityView } from './entity';
import { relationFrom } from './relations';
import { LIMITS, checkRange } from './limits';
import { adjacencyOf } from './adjacency';

export interface Subgraph {
  nodes: EntityView[];
  edges: Relation[];
}

/** Per call scratch (queries are synchronous): node n is a member of the current call when mark[n] === stamp. */
const marks = new WeakMap<object, { mark: Int32Array; stamp: number }>();

/** Nearest nodes first; past LIMITS.neighborhoodNodes (or LIMITS.neighborhoodEdges) the farthest ring is cut. Unknown id → empty subgraph. */
export function neighborhood(kg: KnowledgeGraph, id: string, depth: number = LIMITS.depth.default): Subgraph {
  checkRange('depth', depth, LIMITS.depth);
  const center = resolveEntityId(kg, id);
  if (center === null) return { nodes: [], edges: [] };
  const adjacency = adjacencyOf(kg.graph);
  const { neighborStart, neighbors, outStart, outEdges, edgeTargets, edgeSources } = adjacency;
  let scratch = marks.get(adjacency);
  if (!scratch) marks.set(adjacency, (scratch = { mark: new Int32Array(adjacency.nodes.length), stamp: 0 }));
  const { mark } = scratch;
  const stamp = ++scratch.stamp;
  // Breadth-first over neighbours in either direction, ring by ring, so the cut (if any) takes the farthest.
  const first = adjacency.number.get(center)!;
  const members = [first];
  mark[first] = stamp;
  let ring = [first];
  for (let hop = 0; hop < depth && members.length < LIMITS.neighborhoodNodes; hop++) {
    const next: number[] = [];
    let full = false;
    for (const node of ring) {
      for (let i = neighborStart[node]; i < neighborStart[node + 1]; i++) {
        const neighbor = neighbors[i];
        if (mark[neighbor] !== stamp) {
          mark[neighbor] = stamp;
          members.push(neighbor);
          next.push(neighbor);
        }
        if ((full = members.length >= LIMITS.neighborhoodNodes)) break;
      }
      if (full) break;
    }
    ring = next;
  }
  // Each edge once, from its source's side; members are in BFS order, so past the cap the relations among the
  // farthest nodes are the ones cut.
  const picked: number[] = [];
  collect: for (const node of members) {
    for (let i = outStart[node]; i < outStart[node + 1]; i++) {
      const edge = outEdges[i];
      if (mark[edgeTargets[edge]] !== stamp) continue;
      picked.push(edge);
      if (picked.length >= LIMITS.neighborhoodEdges) break collect;
    }
  }
  // In id order (edgeOrder ranks the keys), then made into relations.
  const { edgeOrder, edgeKeys, edgeAttributes, nodes } = adjacency;
  const ordered = Int32Array.from(picked).sort((a, b) => edgeOrder[a] - edgeOrder[b]);
  const edges = Array.from(ordered, (edge) => relationFrom(edgeKeys[edge], edgeAttributes[edge], nodes[edgeSources[edge]], nodes[edgeTargets[edge]]));
  // A node key that is also a merged id (never, in built graphs) goes through getEntity's redirect.
  const entity = (n: number) => (kg.redirects.has(nodes[n]) ? getEntity(kg, nodes[n])! : entityFrom(nodes[n], adjacency.nodeAttributes[n]));
  return { nodes: members.map(entity), edges };
}
