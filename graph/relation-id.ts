// Relation ids: one relation per (type, source, target); MET_WITH is symmetric, so its ends are sorted.
import { RELATION_TYPES, isDirected, type RelationType } from './types';

export function relationId(type: RelationType, source: string, target: string): string {
  const [a, b] = isDirected(type) || source <= target ? [source, target] : [target, source];
  return `${type.toLowerCase()}:${a}:${b}`;
}

/** The type and ends an id names, or null when it is not of relationId's form (ids are kebab-case slugs: no ':'). */
export function parseRelationId(id: string): { type: RelationType; source: string; target: string } | null {
  const [type, source, target, ...rest] = id.split(':');
  const known = RELATION_TYPES.find((t) => t.toLowerCase() === type);
  return known && source && target && rest.length === 0 ? { type: known, source, target } : null;
}
