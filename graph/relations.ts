// Relations (graph edges) with their evidence: of one entity, or across the graph.
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation, RelationType } from './types';
import { resolveEntityId } from './entity';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export function getRelation(kg: KnowledgeGraph, id: string): Relation | null {
  const { graph } = kg;
  if (!graph.hasEdge(id)) return null;
  const { relationType, ...attr } = graph.getEdgeAttributes(id);
  return { id, type: relationType, source: graph.source(id), target: graph.target(id), ...attr };
}

/** An entity's relations. MET_WITH has no direction, so it is both OUT and IN. */
export function entityRelations(kg: KnowledgeGraph, entityId: string, options: { type?: RelationType | null; direction?: Direction } = {}): Relation[] {
  const id = resolveEntityId(kg, entityId);
  if (id === null) return [];
  const { graph } = kg;
  const direction = options.direction ?? 'BOTH';
  const keys =
    direction === 'OUT' ? graph.outboundEdges(id) : direction === 'IN' ? graph.inboundEdges(id) : graph.edges(id);
  return keys
    .map((key) => getRelation(kg, key)!)
    .filter((r) => !options.type || r.type === options.type)
    .sort(byRelationOrder);
}

/** All relations, optionally of one type and/or touching one entity, in id order. */
export function listRelations(kg: KnowledgeGraph, options: { type?: RelationType | null; entity?: string | null } = {}): Relation[] {
  if (options.entity) return entityRelations(kg, options.entity, { type: options.type }).sort((a, b) => compare(a.id, b.id));
  const relations: Relation[] = [];
  kg.graph.forEachEdge((key, attr) => {
    if (!options.type || attr.relationType === options.type) relations.push(getRelation(kg, key)!);
  });
  return relations.sort((a, b) => compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byRelationOrder = (a: Relation, b: Relation) => compare(a.type, b.type) || compare(a.id, b.id);
