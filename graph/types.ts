// The data model shared by the core, the API, the pages and the CLIs.

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'INSTITUTION', 'PROPOSAL', 'EVENT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['SUPPORTS', 'OPPOSES', 'MET_WITH', 'PROPOSED', 'REPRESENTS', 'ATTENDED'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** MET_WITH is symmetric; every other relation reads source → target. */
export const isDirected = (type: RelationType): boolean => type !== 'MET_WITH';

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description?: string;
  /** Identifiers of the same thing elsewhere (Wikipedia pages), for JSON-LD `sameAs`. */
  sameAs?: string[];
  /** Ids merged into this one; they keep resolving here. */
  formerIds?: string[];
  /** ISO date (or partial date) for events. */
  date?: string;
}

/** How exactly a statement date is known. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'APPROXIMATE'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** When a statement was made or an event happened: read from the text, else the article's publication date. */
export interface StatedAt {
  /** ISO date, as precise as known: 2025-01-18, 2025-01, 2024. */
  date: string;
  precision: DatePrecision;
  source: 'TEXT' | 'PUBLISHED';
}

export interface Evidence {
  article: string;
  start: number;
  end: number;
  quote: string;
  statedAt?: StatedAt;
}

/** Curated claims come from the catalog; machine claims start UNREVIEWED until a reviewer accepts or rejects them. */
export const RELATION_STATUSES = ['CURATED', 'ACCEPTED', 'UNREVIEWED', 'REJECTED'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  directed: boolean;
  /** For REPRESENTS: the office held, e.g. "Prime Minister". */
  role?: string;
  /** A condition or hedge on the claim, e.g. "only with U.S. support". Conditions only. */
  qualifier?: string;
  /** Other context that is not a condition, e.g. "phone call", "initially strongly opposed". */
  context?: string;
  /** CURATED when absent (the catalog's claims). */
  status?: RelationStatus;
  /** The extractor's confidence in a machine claim, 0–1. */
  confidence?: number;
  evidence: Evidence[];
}

export interface Mention {
  entity: string;
  start: number;
  end: number;
}

export interface ArticleMeta {
  id: string;
  title: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  /** The file the article came from (a seed file name or an ingested file). */
  source?: string;
}

export interface Article extends ArticleMeta {
  text: string;
}

/** An article as stored in the built graph: its text and the entity mentions found in it. */
export interface IndexedArticle extends Article {
  mentions: Mention[];
}
