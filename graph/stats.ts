// Counts for the whole graph, by entity and relation type.
import type { KnowledgeGraph } from './knowledge-graph';
import { ENTITY_TYPES, RELATION_TYPES } from './types';
import { edgeInWindow } from './time/edge-dates';
import type { DaySpan } from './time/window';

export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  byEntityType: Array<{ type: string; count: number }>;
  byRelationType: Array<{ type: string; count: number }>;
}

/** Counted once per loaded graph (a pass over 400k type codes); each call gets a copy. */
const counted = new WeakMap<KnowledgeGraph, GraphStats>();

/**
 * With a time window: the relations stated within it, the entities they touch and the articles that state them.
 * Counted per call.
 */
export function stats(kg: KnowledgeGraph, window?: DaySpan | null): GraphStats {
  if (window) return countInWindow(kg, window);
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

function countInWindow({ store }: KnowledgeGraph, window: DaySpan): GraphStats {
  const entityCounts = ENTITY_TYPES.map(() => 0);
  const relationCounts = RELATION_TYPES.map(() => 0);
  const touched = new Uint8Array(store.order);
  const articles = new Uint8Array(store.articles.length);
  let relations = 0;
  for (let e = 0; e < store.size; e++) {
    if (!edgeInWindow(store, e, window)) continue;
    relations++;
    relationCounts[store.relationTypes[e]]++;
    touched[store.sources[e]] = touched[store.targets[e]] = 1;
    for (let i = store.evidenceStart[e]; i < store.evidenceStart[e + 1]; i++) {
      if (store.evidenceDayFrom[i] <= window.to && window.from <= store.evidenceDayTo[i]) articles[store.evidenceArticle[i]] = 1;
    }
  }
  let entities = 0;
  touched.forEach((on, n) => {
    if (on) {
      entities++;
      entityCounts[store.entityTypes[n]]++;
    }
  });
  return {
    entities,
    relations,
    articles: articles.reduce((sum, on) => sum + on, 0),
    byEntityType: ENTITY_TYPES.map((type, t) => ({ type, count: entityCounts[t] })),
    byRelationType: RELATION_TYPES.map((type, t) => ({ type, count: relationCounts[t] })),
  };
}
