// Entities as the outside world sees them, looked up by id (merged ids still resolve).
import type { KnowledgeGraph } from './knowledge-graph';
import type { Entity } from './types';

export interface EntityView extends Entity {
  degree: number;
  x: number;
  y: number;
}

/** The current id for `id` (following merges), or null when unknown. */
export function resolveEntityId(kg: KnowledgeGraph, id: string): string | null {
  const current = kg.redirects.get(id) ?? id;
  return kg.graph.hasNode(current) ? current : null;
}

export function getEntity(kg: KnowledgeGraph, id: string): EntityView | null {
  const current = resolveEntityId(kg, id);
  if (current === null) return null;
  const { entityType, ...attr } = kg.graph.getNodeAttributes(current);
  return { id: current, type: entityType, ...attr };
}

/** Entity page path, also the GraphQL `url` field. */
export const entityPath = (id: string) => `/entities/${encodeURIComponent(id)}`;
