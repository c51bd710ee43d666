// Relations (graph edges) with their evidence: of one entity, or across the graph.
import type { KnowledgeGraph } from './knowledge-graph';
import type { Relation, RelationType } from './types';
import type { EdgeAttributes } from './build';
import { resolveEntityId } from './entity';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export function getRelation(kg: KnowledgeGraph, id: string): Relation | null {
  const { graph } = kg;
  if (!graph.hasEdge(id)) return null;
  return relationFrom(id, graph.getEdgeAttributes(id), graph.source(id), graph.target(id));
}

/** A relation from what graphology's edge iterators already hold: no look-up per edge. */
export function relationFrom(id: string, attributes: EdgeAttributes, source: string, target: string): Relation {
  // Same keys in the same order as `{ id, type, source, target, ...rest }`, without the rest object: neighbourhoods build thousands.
  const relation = { id, type: attributes.relationType, source, target } as Relation & Record<string, unknown>;
  for (const key in attributes) if (key !== 'relationType') relation[key] = attributes[key as keyof EdgeAttributes];
  return relation;
}

/** An entity's relations. MET_WITH has no direction, so it is both OUT and IN. */
export function entityRelations(kg: KnowledgeGraph, entityId: string, options: { type?: RelationType | null; direction?: Direction } = {}): Relation[] {
  const id = resolveEntityId(kg, entityId);
  if (id === null) return [];
  const { graph } = kg;
  const relations: Relation[] = [];
  const collect = (key: string, attr: EdgeAttributes, source: string, target: string) => {
    if (!options.type || attr.relationType === options.type) relations.push(relationFrom(key, attr, source, target));
  };
  const direction = options.direction ?? 'BOTH';
  if (direction === 'OUT') graph.forEachOutboundEdge(id, collect);
  else if (direction === 'IN') graph.forEachInboundEdge(id, collect);
  else graph.forEachEdge(id, collect);
  return relations.sort(byRelationOrder);
}

/** All relations, optionally of one type and/or touching one entity, in id order. */
export function listRelations(kg: KnowledgeGraph, options: { type?: RelationType | null; entity?: string | null } = {}): Relation[] {
  if (options.entity) return entityRelations(kg, options.entity, { type: options.type }).sort((a, b) => compare(a.id, b.id));
  const relations: Relation[] = [];
  kg.graph.forEachEdge((key, attr, source, target) => {
    if (!options.type || attr.relationType === options.type) relations.push(relationFrom(key, attr, source, target));
  });
  return relations.sort((a, b) => compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byRelationOrder = (a: Relation, b: Relation) => compare(a.type, b.type) || compare(a.id, b.id);
