import type { GraphQLResolveInfo } from 'graphql';
import type { EntityView as EntityViewModel, Relation as RelationModel, Evidence as EvidenceModel, IndexedArticle as IndexedArticleModel, Subgraph as SubgraphModel, GraphStats as GraphStatsModel, Connection } from '@/graph';
import type { MentionParent, Context } from './context';
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
  type?: InputMaybe<RelationType>;
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
  /** The quote's place on its article page (/articles/<id>#q-<start>). */
  url: Scalars['String']['output'];
};

export type GraphStats = {
  __typename?: 'GraphStats';
  articles: Scalars['Int']['output'];
  byEntityType: Array<TypeCount>;
  byRelationType: Array<TypeCount>;
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
};

export type Mention = {
  __typename?: 'Mention';
  article: Article;
  end: Scalars['Int']['output'];
  entity: Entity;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
  /** The entity and everything within `depth` (1–3) relations of it, in either direction. */
  neighborhood: Subgraph;
  /** The shortest chain of relations between two entities (direction ignored); null when none. */
  path?: Maybe<Array<Relation>>;
  /** A relation by id, e.g. supports:keir-starmer:european-force. */
  relation?: Maybe<Relation>;
  /** Relations, optionally of one type and/or touching one entity, in pages of 1–500. */
  relations: RelationConnection;
  /** Names and aliases, case- and accent-insensitive: exact before prefix before substring. */
  search: Array<Entity>;
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
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
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
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<RelationType>;
};


/**
 * The knowledge graph of the European peacekeeping debate over Ukraine.
 * Every relation carries evidence: verbatim quotes with their article and character offsets.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

export type Relation = {
  __typename?: 'Relation';
  /** The extractor's confidence (0–1) in a machine-extracted relation; null for curated ones. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** False for MET_WITH. */
  directed: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** A condition or hedge the text puts on the claim. */
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

export type RelationStatus =
  | 'ACCEPTED'
  | 'CURATED'
  | 'REJECTED'
  | 'UNREVIEWED';

export type RelationType =
  | 'MET_WITH'
  | 'OPPOSES'
  | 'PROPOSED'
  | 'REPRESENTS'
  | 'SUPPORTS';

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
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityViewModel>;
  EntityConnection: ResolverTypeWrapper<Connection<EntityViewModel>>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStatsModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<Connection<RelationModel>>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationStatus: RelationStatus;
  RelationType: RelationType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: IndexedArticleModel;
  Boolean: Scalars['Boolean']['output'];
  Entity: EntityViewModel;
  EntityConnection: Connection<EntityViewModel>;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  GraphStats: GraphStatsModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mention: MentionParent;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Relation: RelationModel;
  RelationConnection: Connection<RelationModel>;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
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

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byEntityType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id'>>;
  path?: Resolver<Maybe<Array<ResolversTypes['Relation']>>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

