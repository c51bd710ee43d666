// Colours for entity and relation types, shared by the explorer, the pages and exports (colour-blind-safe Okabe–Ito hues).
import type { EntityType, RelationType } from './types';

export const ENTITY_COLORS: Record<EntityType, string> = {
  PERSON: '#0072B2',
  COUNTRY: '#E69F00',
  INSTITUTION: '#009E73',
  PROPOSAL: '#CC79A7',
  EVENT: '#56B4E9',
};

// Stance as blue against vermillion, a pair that stays apart with red-green colour blindness (red and green do not);
// the explorer also draws OPPOSES with a blunt bar head instead of an arrow, so hue is never the only cue.
export const RELATION_COLORS: Record<RelationType, string> = {
  SUPPORTS: '#2166AC',
  OPPOSES: '#D55E00',
  MET_WITH: '#A0A0A0',
  PROPOSED: '#882255',
  REPRESENTS: '#B8A98F',
  ATTENDED: '#2F6F9F',
};

export const ENTITY_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  INSTITUTION: 'Institution',
  PROPOSAL: 'Proposal',
  EVENT: 'Event',
};

export const RELATION_LABELS: Record<RelationType, string> = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  MET_WITH: 'met with',
  PROPOSED: 'proposed',
  REPRESENTS: 'represents',
  ATTENDED: 'attended',
};
