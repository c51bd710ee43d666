// The knowledge graph reduced to what the explorer draws, serialised once per loaded graph.
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, RELATION_TYPES, type KnowledgeGraph } from '@/graph';
import { RELATION_STATUSES } from '@/graph/types';
import type { LeanEdge, LeanGraph, LeanNode } from '@/app/explorer/lean-graph-types';

export interface LeanGraphBody {
  /** The JSON in pieces of at most CHUNK items: never the whole graph as one string (V8 caps a string at ~512 MB). */
  chunks: string[];
  etag: string;
}

const CHUNK = 2000;

const cache = new WeakMap<KnowledgeGraph, LeanGraphBody>();

export function leanGraphBody(kg: KnowledgeGraph): LeanGraphBody {
  let body = cache.get(kg);
  if (!body) {
    const { nodes, edges, days, unreviewed } = leanGraph(kg);
    const chunks: string[] = [];
    const list = (items: unknown[]) => {
      for (let i = 0; i < items.length; i += CHUNK) chunks.push(`${i ? ',' : ''}${JSON.stringify(items.slice(i, i + CHUNK)).slice(1, -1)}`);
    };
    chunks.push('{"nodes":[');
    list(nodes);
    chunks.push('],"edges":[');
    list(edges);
    if (days) {
      chunks.push('],"days":[');
      list(days);
    }
    if (unreviewed) {
      chunks.push('],"unreviewed":[');
      list(unreviewed);
    }
    chunks.push(']}');
    const hash = createHash('sha1');
    for (const chunk of chunks) hash.update(chunk);
    body = { chunks, etag: `"${hash.digest('base64url')}"` };
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
  const days = Array.from({ length: store.size }, (_, e) => statedDays(store, e));
  const unreviewed = Array.from({ length: store.size }, (_, e) => e).filter((e) => RELATION_STATUSES[store.statuses[e]] === 'UNREVIEWED');
  // A graph with no dated evidence (the synthetic ones) sends no dates at all, and one with no machine claims no list.
  return { nodes, edges, ...(days.some((d) => d.length) ? { days } : {}), ...(unreviewed.length ? { unreviewed } : {}) };
}

/** Edge e's dated evidence as [from, to, …] day numbers, each distinct span once. */
function statedDays(store: KnowledgeGraph['store'], e: number): number[] {
  const days: number[] = [];
  for (let i = store.evidenceStart[e]; i < store.evidenceStart[e + 1]; i++) {
    const [from, to] = [store.evidenceDayFrom[i], store.evidenceDayTo[i]];
    if (Number.isNaN(from)) continue;
    let seen = false;
    for (let k = 0; k < days.length; k += 2) if (days[k] === from && days[k + 1] === to) seen = true;
    if (!seen) days.push(from, to);
  }
  return days;
}
