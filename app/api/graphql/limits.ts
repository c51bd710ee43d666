// Every limit on what a GraphQL request may ask, in one place: the HTTP body, the document (graphql-armor, at
// validation), the estimated result size (list cost, before execution) and the wall-clock time of execution.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LIMITS } from '@/graph';

export const QUERY_LIMITS = {
  /** Request body in bytes; larger bodies get 413 before anything is parsed. */
  maxBodyBytes: 100_000,
  /** Nesting of selections: an entity's relations' evidence's article is depth 5. */
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  /** Lexical tokens of the document, counted by graphql-js's parser itself: `{a a a …}` floods stop here. */
  maxTokens: 2000,
  /**
   * graphql-armor's structural cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`.
   * It cannot see `first` in variables, schema defaults or lists bounded without `first`: maxListCost can.
   */
  maxCost: 20_000,
  /**
   * Fields the result may hold at most, lists counted at their bound (see LIST_BOUNDS); refused before execution.
   * Sized so a depth-2 neighbourhood with every relation's evidence and article titles still fits (≈ 210,000).
   */
  maxListCost: 250_000,
  /** Wall-clock budget of one request's resolvers; past it the request is aborted with code TIMEOUT. */
  timeBudgetMs: Number(process.env.GRAPHQL_TIME_BUDGET_MS) || 2_000,
} as const;

/**
 * Sizes the list cost assumes for list fields without a `first` argument, from the core's own caps or,
 * where the data bounds them (evidence: one per article stating a claim), a generous estimate.
 * Fields with `first` count as `first` (or its schema default); a connection's `edges`/`nodes` inherit it.
 */
export const LIST_BOUNDS: Record<string, number> = {
  'Subgraph.nodes': LIMITS.neighborhoodNodes,
  'Subgraph.edges': LIMITS.neighborhoodEdges,
  'Query.path': 12,
  'Relation.evidence': 3, // the seed graph averages 1.7 quotes per relation
  'Entity.stances': 25,
  'ProposalStance.points': 10,
  'ProposalStance.changes': 3,
  'GraphStats.byEntityType': 5,
  'GraphStats.byRelationType': 5,
  'ReviewQueue.items': 500, // reviewQueue's own `first` caps it at 500
  'RelationRecord.evidence': 3,
  'EntityRecord.aliases': 20,
};

const production = process.env.NODE_ENV === 'production';

export const armor = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.maxDepth },
  maxAliases: { n: QUERY_LIMITS.maxAliases },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  // Counted by the parser (parseOptions below): armor's Apollo token plugin answers 500 instead of 400.
  maxTokens: { enabled: false },
  costLimit: { maxCost: QUERY_LIMITS.maxCost },
  blockFieldSuggestion: { enabled: production },
}).protect();

export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };
