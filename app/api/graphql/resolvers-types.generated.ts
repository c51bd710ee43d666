import type { GraphQLResolveInfo } from 'graphql';
import type { EntityView as EntityViewModel, Relation as RelationModel, Evidence as EvidenceModel, EvidenceMatch as EvidenceMatchModel, IndexedArticle as IndexedArticleModel, Subgraph as SubgraphModel, GraphStats as GraphStatsModel, Connection, ProposalStance as ProposalStanceModel, StancePoint as StancePointModel } from '@/graph';
import type { MentionParent, Context } from './context';
import type { QueueItem, HistoryEntry } from '@/graph/review';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Article = {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  /** Entity mentions in text order: the first `first` (1–500). */
  mentions: Array<Mention>;
  outlet?: Maybe<Scalars['String']['output']>;
  /** ISO date, possibly partial (2025-02) when only the month is known. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Relations with evidence from this article: the first `first` (1–500). */
  relations: Array<Relation>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Where the article was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


export type ArticleMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ArticleRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Change = {
  __typename?: 'Change';
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** The state before and after, as JSON text. */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  revertible: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
};

/**
 * Time arguments: `since` and `until` are dates as YYYY, YYYY-MM or YYYY-MM-DD, either optional, both ends included
 * (until: "2025-02" runs to 28 February). A relation is within them when any of its evidence was stated then.
 */
export type DatePrecision =
  /** Read from a phrase such as "early 2024" or "on Thursday" in an article dated only to the month. */
  | 'APPROXIMATE'
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type DateSource =
  /** No date in the text: the article's publication date. */
  | 'PUBLISHED'
  /** Read from the quote, its sentence or its paragraph. */
  | 'TEXT';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type Entity = {
  __typename?: 'Entity';
  /** Other spellings and short forms used in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** For events: ISO date, possibly partial (2024-12). */
  date?: Maybe<Scalars['String']['output']>;
  /** Number of relations. */
  degree: Scalars['Int']['output'];
  /** Written from the articles. */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Where the articles name this entity: the first `first` (1–500). */
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** MET_WITH has no direction and counts as both OUT and IN. At most `first` (1–500), in type then id order. */
  relations: Array<Relation>;
  /** Pages about the same thing elsewhere (Wikipedia). */
  sameAs: Array<Scalars['String']['output']>;
  /** This actor's stances on each proposal it supports or opposes (or on `proposal` only), in proposal name order. */
  stances: Array<ProposalStance>;
  type: EntityType;
  /** The entity's page path, /entities/<id>. */
  url: Scalars['String']['output'];
};


export type EntityMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<RelationType>;
  until?: InputMaybe<Scalars['String']['input']>;
};


export type EntityStancesArgs = {
  proposal?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityRecord = {
  __typename?: 'EntityRecord';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
  version: Scalars['Int']['output'];
};

export type EntityRef = {
  __typename?: 'EntityRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EntityType =
  | 'COUNTRY'
  | 'EVENT'
  | 'INSTITUTION'
  | 'PERSON'
  | 'PROPOSAL';

export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  end: Scalars['Int']['output'];
  /** Exactly article.text[start:end]. */
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  /** When the statement was made; null when neither the text nor the article's date tells. */
  statedAt?: Maybe<StatedAt>;
  /** The quote's place on its article page (/articles/<id>#q-<start>). */
  url: Scalars['String']['output'];
};

/** A quote that matches a searchEvidence query, and the relation it is evidence for. */
export type EvidenceMatch = {
  __typename?: 'EvidenceMatch';
  evidence: Evidence;
  relation: Relation;
};

export type EvidenceMode =
  | 'ADD'
  | 'REPLACE';

export type GraphStats = {
  __typename?: 'GraphStats';
  articles: Scalars['Int']['output'];
  byEntityType: Array<TypeCount>;
  byRelationType: Array<TypeCount>;
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
};

export type HistorySubject =
  | 'ARTICLE'
  | 'ENTITY'
  | 'RELATION';

export type IngestArticleInput = {
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** 2025-02-14, 2025-02 or 2025. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Scalars['ID']['output'];
  /** ADDED, or UNCHANGED when the same text was already stored. */
  outcome: Scalars['String']['output'];
  relations: Scalars['Int']['output'];
  /** The article's review page. */
  reviewUrl: Scalars['String']['output'];
};

export type Mention = {
  __typename?: 'Mention';
  article: Article;
  end: Scalars['Int']['output'];
  entity: Entity;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add an article: extraction runs, its relations start UNREVIEWED. Text may carry YAML front matter; fields given here win. */
  ingestArticle: IngestResult;
  /** Merge `from` into `into`; `from` keeps resolving (308) to `into`. With `fromVersion`, a stale one is a CONFLICT. */
  mergeEntities: EntityRecord;
  /** Undo one change (a Change's id) if nobody changed the item since: a review or edit, a merge (split), or an ingest (the article and what only it added go). */
  revert: Reverted;
  /** Accept, reject (with a reason) or send back to the queue one machine-extracted relation. */
  reviewRelation: RelationRecord;
  /**
   * Back a relation with a different quote (REPLACE: it becomes the only one) or an additional one (ADD). The quote is found
   * verbatim in the stored article (the occurrence nearest `near`, else the first); the store computes its offsets.
   */
  setRelationEvidence: RelationRecord;
  /** Undo the latest merge of `merged`: it is an entity of its own again, with its names and relations; its id stops redirecting. */
  splitEntity: EntityRecord;
  /** Rename, retype, add or remove an alias (a renamed entity keeps its old name as an alias). */
  updateEntity: EntityRecord;
  /**
   * Edit a relation: type, ends (swap them to change direction), qualifier, context, and the statement date of its quotes
   * (`statedAt`: 2025-02-14, 2025-02 or 2025, precision read from the form; of every quote, or of the one `evidence` names).
   * An edited machine claim counts as accepted.
   */
  updateRelation: RelationRecord;
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


export type MutationMergeEntitiesArgs = {
  from: Scalars['ID']['input'];
  fromVersion?: InputMaybe<Scalars['Int']['input']>;
  into: Scalars['ID']['input'];
};


export type MutationRevertArgs = {
  change: Scalars['ID']['input'];
};


export type MutationReviewRelationArgs = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<RejectReason>;
  version: Scalars['Int']['input'];
};


export type MutationSetRelationEvidenceArgs = {
  article: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  mode: EvidenceMode;
  near?: InputMaybe<Scalars['Int']['input']>;
  quote: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSplitEntityArgs = {
  merged: Scalars['ID']['input'];
};


export type MutationUpdateEntityArgs = {
  addAlias?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  removeAlias?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EntityType>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateRelationArgs = {
  context?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<QuoteKey>;
  id: Scalars['ID']['input'];
  qualifier?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  statedAt?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<RelationType>;
  version: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An actor's stance on one proposal as it moved. */
export type ProposalStance = {
  __typename?: 'ProposalStance';
  /** The statements whose side differs from the one before: where the stance changed. */
  changes: Array<StancePoint>;
  /** The latest dated statement's date. */
  latest?: Maybe<StatedAt>;
  /** Every statement, earliest first (undated last). */
  points: Array<StancePoint>;
  proposal: Entity;
  stance: Stance;
};

/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /** Articles, newest first: the first `first` (1–500). */
  articles: Array<Article>;
  /** Entities, optionally of one type and/or matching a name query, in pages of 1–500. */
  entities: EntityConnection;
  /** An entity by id; a merged id resolves to the surviving entity; null when unknown. */
  entity?: Maybe<Entity>;
  /** Review: an entity's stored, versioned state. */
  entityRecord?: Maybe<EntityRecord>;
  /** Every recorded change to an entity or relation, newest first. */
  history: Array<Change>;
  /** The entity and everything within `depth` (1–3) relations of it, in either direction; with since/until, only relations stated then. */
  neighborhood: Subgraph;
  /** The shortest chain of relations between two entities (direction ignored); null when none. With since/until, only relations stated then. */
  path?: Maybe<Array<Relation>>;
  /** A relation by id, e.g. supports:keir-starmer:european-force. */
  relation?: Maybe<Relation>;
  /** Review: a relation's stored, versioned state (rejected ones included). */
  relationRecord?: Maybe<RelationRecord>;
  /** Relations, optionally of one type and/or touching one entity and/or stated within since…until, in pages of 1–500. */
  relations: RelationConnection;
  /** Review: machine-extracted relations in a status (UNREVIEWED by default), optionally with evidence in one article. */
  reviewQueue: ReviewQueue;
  /** Names and aliases, case- and accent-insensitive: exact before prefix before substring. */
  search: Array<Entity>;
  /** Quotes (with their relation) containing every word of the query, each as a word start; case- and accent-insensitive. */
  searchEvidence: Array<EvidenceMatch>;
  /** Counts; with since/until, of the relations stated then, the entities they link and the articles stating them. */
  stats: GraphStats;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EntityType>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryEntityRecordArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind: HistorySubject;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryRelationRecordArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<RelationType>;
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryReviewQueueArgs = {
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RelationStatus>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QuerySearchEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryStatsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

export type QueueQuote = {
  __typename?: 'QueueQuote';
  after: Scalars['String']['output'];
  article: Scalars['ID']['output'];
  articleTitle: Scalars['String']['output'];
  /** Up to 240 characters of the article before and after the quote, within its paragraph. */
  before: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  statedAt?: Maybe<StatedAt>;
};

/** One quote of a relation: its article and where it starts. */
export type QuoteKey = {
  article: Scalars['ID']['input'];
  start: Scalars['Int']['input'];
};

export type RejectReason =
  | 'DUPLICATE'
  | 'NOT_STATED'
  | 'OTHER'
  | 'WRONG_DIRECTION'
  | 'WRONG_ENTITY'
  | 'WRONG_TYPE';

export type Relation = {
  __typename?: 'Relation';
  /** The extractor's confidence (0–1) in a machine-extracted relation; null for curated ones. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Other context on the claim that is not a condition ("phone call", "initially strongly opposed"). */
  context?: Maybe<Scalars['String']['output']>;
  /** False for MET_WITH. */
  directed: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  /** The earliest dated evidence's date. */
  firstStatedAt?: Maybe<StatedAt>;
  id: Scalars['ID']['output'];
  /** The latest dated evidence's date. */
  lastStatedAt?: Maybe<StatedAt>;
  /** A condition the text puts on the claim ("only with a U.S. backstop"). Conditions only. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** For REPRESENTS: the office held. */
  role?: Maybe<Scalars['String']['output']>;
  source: Entity;
  /** CURATED (from the reviewed catalog), ACCEPTED or REJECTED by a reviewer, or UNREVIEWED (machine-extracted). */
  status: RelationStatus;
  target: Entity;
  type: RelationType;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

export type RelationRecord = {
  __typename?: 'RelationRecord';
  confidence?: Maybe<Scalars['Float']['output']>;
  context?: Maybe<Scalars['String']['output']>;
  evidence: Array<QueueQuote>;
  id: Scalars['ID']['output'];
  qualifier?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<RejectReason>;
  source: EntityRef;
  status: RelationStatus;
  target: EntityRef;
  type: RelationType;
  version: Scalars['Int']['output'];
};

export type RelationStatus =
  | 'ACCEPTED'
  | 'CURATED'
  | 'REJECTED'
  | 'UNREVIEWED';

export type RelationType =
  /** Took part in a meeting, summit or call (person, country or body → event). */
  | 'ATTENDED'
  | 'MET_WITH'
  | 'OPPOSES'
  | 'PROPOSED'
  | 'REPRESENTS'
  | 'SUPPORTS';

export type Reverted = {
  __typename?: 'Reverted';
  /** The article an ingest added, when the reverted change was that ingest (it is no longer stored). */
  article?: Maybe<Scalars['ID']['output']>;
  entity?: Maybe<EntityRecord>;
  relation?: Maybe<RelationRecord>;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT'
  | 'UNREVIEW';

export type ReviewQueue = {
  __typename?: 'ReviewQueue';
  items: Array<RelationRecord>;
  /** How many relations are in this status (for this article), in all. */
  remaining: Scalars['Int']['output'];
};

/** SUPPORTS, OPPOSES or CONDITIONAL (support with a condition) for one statement; MIXED or CHANGED overall when both sides are stated. */
export type Stance =
  /** Both sides, one clearly after the other. */
  | 'CHANGED'
  | 'CONDITIONAL'
  /** Both sides, not one cleanly after the other (at overlapping times, or back and forth). */
  | 'MIXED'
  | 'OPPOSES'
  | 'SUPPORTS';

/** One statement of an actor on a proposal. */
export type StancePoint = {
  __typename?: 'StancePoint';
  evidence: Evidence;
  relation: Relation;
  stance: Stance;
  statedAt?: Maybe<StatedAt>;
};

/** When a statement was made or an event happened. */
export type StatedAt = {
  __typename?: 'StatedAt';
  /** ISO date, as precise as known: 2025-01-18, 2025-01, 2024. */
  date: Scalars['String']['output'];
  precision: DatePrecision;
  source: DateSource;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relation>;
  nodes: Array<Entity>;
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<IndexedArticleModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<HistoryEntry>;
  DatePrecision: DatePrecision;
  DateSource: DateSource;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityViewModel>;
  EntityConnection: ResolverTypeWrapper<Connection<EntityViewModel>>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityRecord: ResolverTypeWrapper<EntityRecord>;
  EntityRef: ResolverTypeWrapper<EntityRef>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceMatch: ResolverTypeWrapper<EvidenceMatchModel>;
  EvidenceMode: EvidenceMode;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStatsModel>;
  HistorySubject: HistorySubject;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProposalStance: ResolverTypeWrapper<ProposalStanceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueQuote: ResolverTypeWrapper<QueueQuote>;
  QuoteKey: QuoteKey;
  RejectReason: RejectReason;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<Connection<RelationModel>>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationRecord: ResolverTypeWrapper<QueueItem>;
  RelationStatus: RelationStatus;
  RelationType: RelationType;
  Reverted: ResolverTypeWrapper<Omit<Reverted, 'relation'> & { relation?: Maybe<ResolversTypes['RelationRecord']> }>;
  ReviewDecision: ReviewDecision;
  ReviewQueue: ResolverTypeWrapper<Omit<ReviewQueue, 'items'> & { items: Array<ResolversTypes['RelationRecord']> }>;
  Stance: Stance;
  StancePoint: ResolverTypeWrapper<StancePointModel>;
  StatedAt: ResolverTypeWrapper<StatedAt>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: IndexedArticleModel;
  Boolean: Scalars['Boolean']['output'];
  Change: HistoryEntry;
  Entity: EntityViewModel;
  EntityConnection: Connection<EntityViewModel>;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityRecord: EntityRecord;
  EntityRef: EntityRef;
  Evidence: EvidenceModel;
  EvidenceMatch: EvidenceMatchModel;
  Float: Scalars['Float']['output'];
  GraphStats: GraphStatsModel;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  Mention: MentionParent;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProposalStance: ProposalStanceModel;
  Query: Record<PropertyKey, never>;
  QueueQuote: QueueQuote;
  QuoteKey: QuoteKey;
  Relation: RelationModel;
  RelationConnection: Connection<RelationModel>;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationRecord: QueueItem;
  Reverted: Omit<Reverted, 'relation'> & { relation?: Maybe<ResolversParentTypes['RelationRecord']> };
  ReviewQueue: Omit<ReviewQueue, 'items'> & { items: Array<ResolversParentTypes['RelationRecord']> };
  StancePoint: StancePointModel;
  StatedAt: StatedAt;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  TypeCount: TypeCount;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ArticleRelationsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revertible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<EntityMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first'>>;
  sameAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['ProposalStance']>, ParentType, ContextType, Partial<EntityStancesArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRecord'] = ResolversParentTypes['EntityRecord']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRef'] = ResolversParentTypes['EntityRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statedAt?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceMatch'] = ResolversParentTypes['EvidenceMatch']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byEntityType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['EntityRecord'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'from' | 'into'>>;
  revert?: Resolver<ResolversTypes['Reverted'], ParentType, ContextType, RequireFields<MutationRevertArgs, 'change'>>;
  reviewRelation?: Resolver<ResolversTypes['RelationRecord'], ParentType, ContextType, RequireFields<MutationReviewRelationArgs, 'decision' | 'id' | 'version'>>;
  setRelationEvidence?: Resolver<ResolversTypes['RelationRecord'], ParentType, ContextType, RequireFields<MutationSetRelationEvidenceArgs, 'article' | 'id' | 'mode' | 'quote' | 'version'>>;
  splitEntity?: Resolver<ResolversTypes['EntityRecord'], ParentType, ContextType, RequireFields<MutationSplitEntityArgs, 'merged'>>;
  updateEntity?: Resolver<ResolversTypes['EntityRecord'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'version'>>;
  updateRelation?: Resolver<ResolversTypes['RelationRecord'], ParentType, ContextType, RequireFields<MutationUpdateRelationArgs, 'id' | 'version'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProposalStanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalStance'] = ResolversParentTypes['ProposalStance']> = {
  changes?: Resolver<Array<ResolversTypes['StancePoint']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['StancePoint']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entityRecord?: Resolver<Maybe<ResolversTypes['EntityRecord']>, ParentType, ContextType, RequireFields<QueryEntityRecordArgs, 'id'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id' | 'kind'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id'>>;
  path?: Resolver<Maybe<Array<ResolversTypes['Relation']>>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relationRecord?: Resolver<Maybe<ResolversTypes['RelationRecord']>, ParentType, ContextType, RequireFields<QueryRelationRecordArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueue'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first' | 'status'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchEvidence?: Resolver<Array<ResolversTypes['EvidenceMatch']>, ParentType, ContextType, RequireFields<QuerySearchEvidenceArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType, Partial<QueryStatsArgs>>;
};

export type QueueQuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueQuote'] = ResolversParentTypes['QueueQuote']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  articleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statedAt?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstStatedAt?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastStatedAt?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationRecord'] = ResolversParentTypes['RelationRecord']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['QueueQuote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RejectReason']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevertedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reverted'] = ResolversParentTypes['Reverted']> = {
  article?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['EntityRecord']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['RelationRecord']>, ParentType, ContextType>;
};

export type ReviewQueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueue'] = ResolversParentTypes['ReviewQueue']> = {
  items?: Resolver<Array<ResolversTypes['RelationRecord']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StancePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StancePoint'] = ResolversParentTypes['StancePoint']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  statedAt?: Resolver<Maybe<ResolversTypes['StatedAt']>, ParentType, ContextType>;
};

export type StatedAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatedAt'] = ResolversParentTypes['StatedAt']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DateSource'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityRecord?: EntityRecordResolvers<ContextType>;
  EntityRef?: EntityRefResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceMatch?: EvidenceMatchResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProposalStance?: ProposalStanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueQuote?: QueueQuoteResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationRecord?: RelationRecordResolvers<ContextType>;
  Reverted?: RevertedResolvers<ContextType>;
  ReviewQueue?: ReviewQueueResolvers<ContextType>;
  StancePoint?: StancePointResolvers<ContextType>;
  StatedAt?: StatedAtResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

