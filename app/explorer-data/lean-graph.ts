// The knowledge graph reduced to what the explorer draws, serialised once per loaded graph.
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, RELATION_TYPES, relationId, type KnowledgeGraph } from '@/graph';
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
    const type = RELATION_TYPES[store.relationTypes[e]];
    const [source, target] = [store.sources[e], store.targets[e]];
    const edge: LeanEdge = [type, source, target];
    const id = store.edgeId(e);
    return id === relationId(type, store.ids[source], store.ids[target]) ? edge : [...edge, id];
  });
  return { nodes, edges };
}
