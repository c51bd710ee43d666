// How a relation reads from one of its ends: "supports" from the source, "supported by" from the target.
import { RELATION_LABELS } from '@/graph/palette';
import { RELATION_TYPES, type RelationType } from '@/graph/types';
import type { RelationView } from './api';

const INCOMING: Record<RelationType, string> = {
  SUPPORTS: 'supported by',
  OPPOSES: 'opposed by',
  MET_WITH: 'met with',
  PROPOSED: 'proposed by',
  REPRESENTS: 'represented by',
  ATTENDED: 'attended by',
};

export type Side = 'out' | 'in';

export const relationPhrase = (type: RelationType, side: Side) => (side === 'out' ? RELATION_LABELS[type] : INCOMING[type]);

export interface RelationGroup {
  key: string;
  title: string;
  items: Array<{ relation: RelationView; other: RelationView['source'] }>;
}

/** An entity's relations grouped by type, then direction (what it does, then what is done to it). */
export function groupRelations(entityId: string, relations: RelationView[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const type of RELATION_TYPES) {
    for (const side of ['out', 'in'] as const) {
      if (side === 'in' && type === 'MET_WITH') continue;
      groups.set(`${type}:${side}`, { key: `${type}:${side}`, title: relationPhrase(type, side), items: [] });
    }
  }
  for (const relation of relations) {
    const side: Side = !relation.directed || relation.source.id === entityId ? 'out' : 'in';
    const other = relation.source.id === entityId ? relation.target : relation.source;
    groups.get(`${relation.type}:${side}`)!.items.push({ relation, other });
  }
  return [...groups.values()]
    .filter((g) => g.items.length)
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.other.name.localeCompare(b.other.name)) }));
}
