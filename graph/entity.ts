// Entities as the outside world sees them, looked up by id (merged ids still resolve).
import type { KnowledgeGraph } from './knowledge-graph';
import { ENTITY_TYPES, type Entity } from './types';

export interface EntityView extends Entity {
  degree: number;
  x: number;
  y: number;
}

/** The current id for `id` (following merges), or null when unknown. */
export function resolveEntityId(kg: KnowledgeGraph, id: string): string | null {
  const n = entityNumber(kg, id);
  return n === undefined ? null : kg.store.ids[n];
}

/** The node number of `id` (following merges), or undefined when unknown. */
export function entityNumber(kg: KnowledgeGraph, id: string): number | undefined {
  return kg.store.nodeNumber(kg.redirects.get(id) ?? id);
}

export function getEntity(kg: KnowledgeGraph, id: string): EntityView | null {
  const n = entityNumber(kg, id);
  return n === undefined ? null : entityAt(kg, n);
}

/** Node n as an entity (a fresh object each call). */
export function entityAt({ store }: KnowledgeGraph, n: number): EntityView {
  const entity: EntityView = { id: store.ids[n], type: ENTITY_TYPES[store.entityTypes[n]], name: store.names[n], aliases: store.aliases[n], degree: store.degree(n), x: store.xs[n], y: store.ys[n] };
  // Optional fields added after, not spread: one object shape for most entities, and spreads cost more.
  const description = store.descriptions[n];
  if (description !== undefined) entity.description = description;
  const extras = store.extras.get(n);
  if (extras) Object.assign(entity, extras);
  return entity;
}

/** Entity page path, also the GraphQL `url` field. */
export const entityPath = (id: string) => `/entities/${encodeURIComponent(id)}`;
