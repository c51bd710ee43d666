// Thin adapters from the schema to the core: check arguments, call graph/, return.
import {
  articlePath, articleRelations, entityMentions, entityPath, entityRelations, getArticle, getEntity, getRelation,
  listArticles, listEntities, listRelations, neighborhood, paginate, search, searchEvidence, shortestPath, stats, checkRange, LIMITS,
  entityStances, statedSpan, timeWindow,
} from '@/graph';
import type { Resolvers } from './resolvers-types.generated';
import { reviewResolvers } from './review-resolvers';

/** Every list the API returns has a bound: plain lists take `first` (1–500), like the connections. */
const firstOf = <T>(items: readonly T[], first: number | null | undefined): T[] =>
  items.slice(0, checkRange('first', first ?? LIMITS.first.default, LIMITS.first));

export const resolvers: Resolvers = {
  Query: {
    entity: (_, { id }, { kg }) => getEntity(kg, id),
    entities: (_, { type, query, first, after }, { kg }) => paginate(listEntities(kg, { type, query }), first ?? undefined, after),
    relations: (_, { type, entity, since, until, first, after }, { kg }) =>
      paginate(listRelations(kg, { type, entity, window: timeWindow(since, until) }), first ?? undefined, after),
    relation: (_, { id }, { kg }) => getRelation(kg, id),
    search: (_, { query, first }, { kg }) => search(kg, query, first ?? undefined),
    searchEvidence: (_, { query, first }, { kg }) => searchEvidence(kg, query, first ?? undefined),
    neighborhood: (_, { id, depth, since, until }, { kg }) => neighborhood(kg, id, depth ?? undefined, timeWindow(since, until)),
    path: (_, { from, to, since, until }, { kg }) => shortestPath(kg, from, to, timeWindow(since, until)),
    article: (_, { id }, { kg }) => getArticle(kg, id),
    articles: (_, { first }, { kg }) => firstOf(listArticles(kg), first),
    stats: (_, { since, until }, { kg }) => stats(kg, timeWindow(since, until)),
    ...reviewResolvers.Query,
  },
  Mutation: reviewResolvers.Mutation,
  RelationRecord: reviewResolvers.RelationRecord,
  Change: reviewResolvers.Change,
  Entity: {
    url: (entity) => entityPath(entity.id),
    sameAs: (entity) => entity.sameAs ?? [],
    relations: (entity, { type, direction, since, until, first }, { kg }) =>
      firstOf(entityRelations(kg, entity.id, { type, direction: direction ?? 'BOTH', window: timeWindow(since, until) }), first),
    stances: (entity, { proposal, since, until }, { kg }) => entityStances(kg, entity.id, { proposal, window: timeWindow(since, until) }),
    mentions: (entity, { first }, { kg }) => firstOf(entityMentions(kg, entity.id), first).map((m) => ({ ...m, entity: entity.id })),
  },
  Relation: {
    source: (relation, _, { kg }) => getEntity(kg, relation.source)!,
    target: (relation, _, { kg }) => getEntity(kg, relation.target)!,
    firstStatedAt: (relation) => statedSpan(relation.evidence).first,
    lastStatedAt: (relation) => statedSpan(relation.evidence).last,
  },
  ProposalStance: {
    proposal: (stance, _, { kg }) => getEntity(kg, stance.proposal)!,
  },
  StancePoint: {
    relation: (point, _, { kg }) => getRelation(kg, point.relation)!,
  },
  Evidence: {
    article: (evidence, _, { kg }) => getArticle(kg, evidence.article)!,
    url: (evidence) => articlePath(evidence.article, evidence.start),
  },
  Article: {
    mentions: (article, { first }) => firstOf(article.mentions, first).map((m) => ({ ...m, article: article.id })),
    relations: (article, { first }, { kg }) => firstOf(articleRelations(kg, article.id), first),
  },
  Mention: {
    entity: (mention, _, { kg }) => getEntity(kg, mention.entity)!,
    article: (mention, _, { kg }) => getArticle(kg, mention.article)!,
    text: (mention, _, { kg }) => getArticle(kg, mention.article)!.text.slice(mention.start, mention.end),
  },
};
