// The shortest chain of relations between two entities, ignoring direction; null when they are not connected.
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation, RelationType } from './types';
import { resolveEntityId } from './entity';
import { getRelation } from './relations';
import { undirectedView } from './undirected-view';

/** When two entities are linked several ways, the hop shows the most telling relation. */
const PREFERENCE: RelationType[] = ['SUPPORTS', 'OPPOSES', 'PROPOSED', 'MET_WITH', 'REPRESENTS'];

export function shortestPath(kg: KnowledgeGraph, from: string, to: string): Relation[] | null {
  const source = resolveEntityId(kg, from);
  const target = resolveEntityId(kg, to);
  if (source === null || target === null) return null;
  if (source === target) return [];
  const nodes = bidirectional(undirectedView(kg.graph), source, target);
  if (!nodes) return null;
  return nodes.slice(1).map((node, i) => {
    const hop = kg.graph.edges(nodes[i], node).concat(kg.graph.edges(node, nodes[i])).map((key) => getRelation(kg, key)!);
    return hop.sort((a, b) => PREFERENCE.indexOf(a.type) - PREFERENCE.indexOf(b.type) || (a.id < b.id ? -1 : 1))[0];
  });
}
