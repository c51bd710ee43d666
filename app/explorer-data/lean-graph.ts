// The knowledge graph reduced to what the explorer draws, serialised once per loaded graph.
import { createHash } from 'node:crypto';
import { relationId, type KnowledgeGraph } from '@/graph';
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

export function leanGraph({ graph }: KnowledgeGraph): LeanGraph {
  const index = new Map<string, number>();
  const nodes: LeanNode[] = graph.mapNodes((id, attr) => {
    index.set(id, index.size);
    return { id, name: attr.name, type: attr.entityType, aliases: attr.aliases, degree: attr.degree, x: attr.x, y: attr.y };
  });
  const edges: LeanEdge[] = graph.mapEdges((key, attr, source, target) => {
    const edge: LeanEdge = [attr.relationType, index.get(source)!, index.get(target)!];
    return key === relationId(attr.relationType, source, target) ? edge : [...edge, key];
  });
  return { nodes, edges };
}
