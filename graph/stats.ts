// Counts for the whole graph, by entity and relation type.
import type { KnowledgeGraph } from './knowledge-graph';
import { ENTITY_TYPES, RELATION_TYPES } from './types';

export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  byEntityType: Array<{ type: string; count: number }>;
  byRelationType: Array<{ type: string; count: number }>;
}

/** Counted once per loaded graph (a pass over 400k type codes); each call gets a copy. */
const counted = new WeakMap<KnowledgeGraph, GraphStats>();

export function stats(kg: KnowledgeGraph): GraphStats {
  let result = counted.get(kg);
  if (!result) counted.set(kg, (result = count(kg)));
  return { ...result, byEntityType: result.byEntityType.map((t) => ({ ...t })), byRelationType: result.byRelationType.map((t) => ({ ...t })) };
}

function count({ store, articles }: KnowledgeGraph): GraphStats {
  const entityCounts = ENTITY_TYPES.map(() => 0);
  const relationCounts = RELATION_TYPES.map(() => 0);
  for (const t of store.entityTypes) entityCounts[t]++;
  for (const t of store.relationTypes) relationCounts[t]++;
  return {
    entities: store.order,
    relations: store.size,
    articles: articles.size,
    byEntityType: ENTITY_TYPES.map((type, t) => ({ type, count: entityCounts[t] })),
    byRelationType: RELATION_TYPES.map((type, t) => ({ type, count: relationCounts[t] })),
  };
}
