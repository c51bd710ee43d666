// Search entities by name or alias: exact before prefix before substring, ties by degree.
import type { KnowledgeGraph } from './knowledge-graph';
import { ENTITY_TYPES, type EntityType } from './types';
import { entityAt, getEntity, type EntityView } from './entity';
import { lazyList, type Sequence } from './paginate';
import { orderedByType } from './ordered-by-type';
import { LIMITS, checkRange } from './limits';
import { InvalidArgumentError } from './errors';

export function search(kg: KnowledgeGraph, query: string, first: number = LIMITS.searchFirst.default): EntityView[] {
  checkRange('first', first, LIMITS.searchFirst);
  checkQuery(query);
  return kg.searchIndex.search(query, first).map((id) => getEntity(kg, id)!);
}

/** Every entity (of a type, matching a query), for paging: search order with a query, name order without; made as read. */
export function listEntities(kg: KnowledgeGraph, options: { type?: EntityType | null; query?: string | null } = {}): Sequence<EntityView> {
  const { type, query } = options;
  if (query) checkQuery(query);
  const { store } = kg;
  const t = type ? ENTITY_TYPES.indexOf(type) : -1;
  const numbers = query?.trim()
    ? Int32Array.from(kg.searchIndex.search(query, store.order), (id) => store.nodeNumber(id)!).filter((n) => t < 0 || store.entityTypes[n] === t)
    : byName(store, type ?? null);
  return lazyList(numbers, (n) => entityAt(kg, n));
}

function checkQuery(query: string): void {
  if (query.length > LIMITS.queryLength) throw new InvalidArgumentError('query', `must be at most ${LIMITS.queryLength} characters`);
}

/** Entity numbers by name (then id). */
const byName = orderedByType(ENTITY_TYPES, (store) => store.entityTypes, ({ ids, names }) =>
  Int32Array.from(ids, (_, n) => n).sort((a, b) => names[a].localeCompare(names[b]) || ids[a].localeCompare(ids[b])),
);
