// The knowledge graph reduced to what the explorer draws, serialised once per loaded graph.
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, RELATION_TYPES, type KnowledgeGraph } from '@/graph';
import { RELATION_STATUSES } from '@/graph/types';
import type { LeanEdge, LeanGraph, LeanNode } from '@/app/explorer/lean-graph-types';

export interface LeanGraphBody {
  json: string;
  etag: string;
}

const cache = new WeakMap<KnowledgeGraph, LeanGraphBody>();

export function leanGraphBody(kg: KnowledgeGraph): LeanGraphBody {
  let body = cache.get(kg);
  if (!body) {
    const json = JSON.stringify(leanGraph(kg));
    body = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
    cache.set(kg, body);
  }
  return body;
}

export function leanGraph({ store }: KnowledgeGraph): LeanGraph {
  const nodes: LeanNode[] = store.ids.map((id, n) => ({
    id, name: store.names[n], type: ENTITY_TYPES[store.entityTypes[n]], aliases: store.aliases[n], degree: store.degree(n), x: store.xs[n], y: store.ys[n],
  }));
  const edges: LeanEdge[] = Array.from({ length: store.size }, (_, e) => {
    // The client rebuilds ids with relationId; only an id that is not one travels with its edge.
    const edge: LeanEdge = [RELATION_TYPES[store.relationTypes[e]], store.sources[e], store.targets[e]];
    const id = store.irregularId(e);
    return id === undefined ? edge : [...edge, id];
  });
  const unreviewed = Array.from({ length: store.size }, (_, e) => e).filter((e) => RELATION_STATUSES[store.statuses[e]] === 'UNREVIEWED');
  return { nodes, edges, ...(unreviewed.length ? { unreviewed } : {}) };
}
