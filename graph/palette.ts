// Colours for entity and relation types, shared by the explorer, the pages and exports (colour-blind-safe Okabe–Ito hues).
import type { EntityType, RelationType } from './types';

export const ENTITY_COLORS: Record<EntityType, string> = {
  PERSON: '#0072B2',
  COUNTRY: '#E69F00',
  INSTITUTION: '#009E73',
  PROPOSAL: '#CC79A7',
  EVENT: '#56B4E9',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  SUPPORTS: '#1A9850',
  OPPOSES: '#D73027',
  MET_WITH: '#7F7F7F',
  PROPOSED: '#8E44AD',
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
