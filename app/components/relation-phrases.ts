// How a relation reads from one end: "Supports" from its source, "Supported by" from its target; MET_WITH reads the same both ways.
import type { Relation, RelationType } from '@/graph/types';

export type Side = 'out' | 'in';

const PHRASES: Record<RelationType, Record<Side, string>> = {
  SUPPORTS: { out: 'Supports', in: 'Supported by' },
  OPPOSES: { out: 'Opposes', in: 'Opposed by' },
  PROPOSED: { out: 'Proposed', in: 'Proposed by' },
  MET_WITH: { out: 'Met with', in: 'Met with' },
  REPRESENTS: { out: 'Represents', in: 'Represented by' },
  ATTENDED: { out: 'Attended', in: 'Attended by' },
};

/** Reading order of the groups on an entity page. */
export const GROUP_ORDER: Array<[RelationType, Side]> = [
  ['SUPPORTS', 'out'],
  ['OPPOSES', 'out'],
  ['PROPOSED', 'out'],
  ['MET_WITH', 'out'],
  ['ATTENDED', 'out'],
  ['REPRESENTS', 'out'],
  ['SUPPORTS', 'in'],
  ['OPPOSES', 'in'],
  ['PROPOSED', 'in'],
  ['REPRESENTS', 'in'],
  ['ATTENDED', 'in'],
];

export const relationPhrase = (type: RelationType, side: Side) => PHRASES[type][side];

/** Which end `entityId` is on; an undirected relation always reads outward. */
export const sideOf = (relation: Relation, entityId: string): Side =>
  !relation.directed || relation.source === entityId ? 'out' : 'in';

/** Anchor of a relation on an entity page, so article pages can link back to it. */
export const relationAnchor = (relationId: string) => `r-${relationId.replace(/[^a-z0-9-]+/gi, '_')}`;
