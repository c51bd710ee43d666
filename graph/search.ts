// Search entities by name or alias: exact before prefix before substring, ties by degree.
import type { KnowledgeGraph } from './knowledge-graph';
import type { EntityType } from './types';
import { getEntity, type EntityView } from './entity';
import { LIMITS, checkRange } from './limits';
import { InvalidArgumentError } from './errors';

export function search(kg: KnowledgeGraph, query: string, first: number = LIMITS.searchFirst.default): EntityView[] {
  checkRange('first', first, LIMITS.searchFirst);
  if (query.length > LIMITS.queryLength) throw new InvalidArgumentError('query', `must be at most ${LIMITS.queryLength} characters`);
  return kg.searchIndex.search(query, first).map((id) => getEntity(kg, id)!);
}

/** Every entity (of a type, matching a query), for paging: search order with a query, name order without. */
export function listEntities(kg: KnowledgeGraph, options: { type?: EntityType | null; query?: string | null } = {}): EntityView[] {
  const list = listEntitiesShared(kg, options);
  return options.query?.trim() ? (list as EntityView[]) : list.slice();
}

/** listEntities without the copy, for a caller that only reads a page of it (the name-ordered list is shared: do not modify). */
export function listEntitiesShared(kg: KnowledgeGraph, options: { type?: EntityType | null; query?: string | null } = {}): readonly EntityView[] {
  const { type, query } = options;
  if (query?.length && query.length > LIMITS.queryLength) throw new InvalidArgumentError('query', `must be at most ${LIMITS.queryLength} characters`);
  if (!query?.trim()) return byName(kg, type ?? null);
  return kg.searchIndex.search(query, kg.graph.order).map((id) => getEntity(kg, id)!).filter((e) => !type || e.type === type);
}

/** Name order is the same for every call on a loaded graph: sort once per graph and type (100k names take ~100 ms). */
const nameOrder = new WeakMap<KnowledgeGraph['graph'], Map<EntityType | null, EntityView[]>>();

function byName(kg: KnowledgeGraph, type: EntityType | null): EntityView[] {
  let byType = nameOrder.get(kg.graph);
  if (!byType) nameOrder.set(kg.graph, (byType = new Map()));
  let list = byType.get(type);
  if (!list) {
    const all = byType.get(null) ?? kg.graph.mapNodes((id) => getEntity(kg, id)!).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    byType.set(null, all);
    byType.set(type, (list = type ? all.filter((e) => e.type === type) : all));
  }
  return list;
}
