// Shapes shared by the extraction stages: sentences, mentions, resolved entities and extracted claims.
import type { EntityType, RelationType, StatedAt } from '../types';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** An entity type the extractor can produce. */
export type ExtractedType = EntityType;

/** Relation types the extractor produces: the graph's, and ATTENDED (person or country → event). */
export type ExtractedRelationType = RelationType | 'ATTENDED';

/** How a mention was found, which decides how it resolves and whether it can act in a relation. */
export type MentionSource = 'catalog' | 'ner' | 'gazetteer' | 'demonym' | 'proposal' | 'surname' | 'anaphor';

export interface RawMention {
  start: number;
  end: number;
  /** The words as written (possessive "'s" stripped). */
  text: string;
  type: ExtractedType;
  source: MentionSource;
  /** A known entity id (catalog or built-in gazetteer) when the surface form names one. */
  entity?: string;
  /** The canonical name for a new entity ("Force of 25,000 troops", "Hanno Pevkur"). */
  name?: string;
  /** A place named as the scene ("in London"), not as an actor. */
  location?: boolean;
  /** Named inside a proposal's words ("NATO" in "NATO membership") or a place's ("NATO territory"): the article names
   *  it, but it does not act there. */
  nested?: boolean;
  /** Part of another mention's apposition ("Estonia's" in "Estonia's Defense Minister Hanno Pevkur"). */
  appositive?: boolean;
  /** The words themselves state an act of support ("send troops", "deploying forces"). */
  act?: boolean;
  /** The honorific or rank written before a person's name ("Sir", "Ms", "Lt. Gen."), which is not part of it. */
  honorific?: string;
  /** For an anaphor ("the plan", "a massive force"): its head noun, to find what it refers back to. */
  head?: string;
  /** A proposal described by common nouns rather than named ("the logistics hub", "a memorandum"): an entity only
   *  where a relation involves it, since such words are as often the scenery of a report as a thing argued over. */
  described?: boolean;
  /** An act named only as set aside ("without putting soldiers on the front line"): no antecedent for "the idea". */
  aside?: boolean;
  /** A plan named by nothing but its author's nation ("the American plan", "the US draft", "Washington's text"): the
   *  plan-like proposal the article has named before, if any. */
  backTo?: boolean;
  /** A nation named only as the adjective of the plan after it ("American" in "the American plan"). */
  planAuthor?: boolean;
  /** For `backTo`: where the plan it refers back to is named (its mention's start). */
  planAt?: number;
}

/** A role apposition: the person, the body they serve and the office. */
export interface RoleLink {
  person: RawMention;
  body: RawMention;
  role: string;
  sentence: Sentence;
}

/** A mention after resolution: it points at a resolved entity key. */
export interface Mention extends RawMention {
  key: string;
}

export interface ResolvedEntity {
  id: string;
  type: ExtractedType;
  name: string;
  aliases: string[];
  /** True when the id comes from the catalog the extraction was resolved against. */
  known: boolean;
  /** For events: the ISO date (or month) the text gives. */
  date?: string;
}

export interface ExtractedEvidence {
  article: string;
  quote: string;
  start: number;
  end: number;
  statedAt?: StatedAt;
}

export interface ExtractedRelation {
  type: ExtractedRelationType;
  source: string;
  target: string;
  role?: string;
  /** A condition on the claim ("only with a U.S. backstop"); conditions only. */
  qualifier?: string;
  /** Other context that is not a condition ("by phone"). */
  context?: string;
  /** 0–1, from the evidence that produced it: pattern strength, hedges, attribution distance. */
  confidence: number;
  evidence: ExtractedEvidence[];
}

export interface Extraction {
  entities: ResolvedEntity[];
  /** Relations at or above the confidence threshold: what goes into the graph. */
  relations: ExtractedRelation[];
  /** Relations below the threshold: kept for review, not added to the graph by default. */
  candidates: ExtractedRelation[];
  articles: Array<{ id: string; title: string }>;
}
