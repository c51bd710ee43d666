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
  const { type, query } = options;
  if (query?.length && query.length > LIMITS.queryLength) throw new InvalidArgumentError('query', `must be at most ${LIMITS.queryLength} characters`);
  const ids = query?.trim() ? kg.searchIndex.search(query, kg.graph.order) : kg.graph.nodes();
  const entities = ids.map((id) => getEntity(kg, id)!).filter((e) => !type || e.type === type);
  return query?.trim() ? entities : entities.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
