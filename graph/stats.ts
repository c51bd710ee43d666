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

export function stats(kg: KnowledgeGraph): GraphStats {
  const { graph } = kg;
  const entityCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  const relationCounts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0]));
  graph.forEachNode((_, attr) => entityCounts[attr.entityType]++);
  graph.forEachEdge((_, attr) => relationCounts[attr.relationType]++);
  return {
    entities: graph.order,
    relations: graph.size,
    articles: kg.articles.size,
    byEntityType: ENTITY_TYPES.map((type) => ({ type, count: entityCounts[type] })),
    byRelationType: RELATION_TYPES.map((type) => ({ type, count: relationCounts[type] })),
  };
}
