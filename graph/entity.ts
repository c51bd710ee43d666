// Entities as the outside world sees them, looked up by id (merged ids still resolve).
import type { KnowledgeGraph } from './knowledge-graph';
import type { Entity } from './types';
import type { NodeAttributes } from './build';

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
  return entityFrom(current, kg.graph.getNodeAttributes(current));
}

/** An entity from its node's attributes (already looked up). */
export function entityFrom(current: string, attributes: NodeAttributes): EntityView {
  // Same keys in the same order as `{ id, type, ...rest }`, without the rest object (hot: every entity the API returns).
  const entity = { id: current, type: attributes.entityType } as EntityView & Record<string, unknown>;
  for (const key in attributes) if (key !== 'entityType') entity[key] = attributes[key as keyof typeof attributes];
  return entity;
}

/** Entity page path, also the GraphQL `url` field. */
export const entityPath = (id: string) => `/entities/${encodeURIComponent(id)}`;
