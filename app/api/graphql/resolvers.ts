// Thin adapters from the schema to the core: check arguments, call graph/, return.
import {
  articlePath, articleRelations, entityMentions, entityPath, entityRelations, getArticle, getEntity, getRelation,
  listArticles, listEntities, listRelations, neighborhood, paginate, search, searchEvidence, shortestPath, stats, checkRange, LIMITS,
} from '@/graph';
import type { Resolvers } from './resolvers-types.generated';

/** Every list the API returns has a bound: plain lists take `first` (1–500), like the connections. */
const firstOf = <T>(items: readonly T[], first: number | null | undefined): T[] =>
  items.slice(0, checkRange('first', first ?? LIMITS.first.default, LIMITS.first));

export const resolvers: Resolvers = {
  Query: {
    entity: (_, { id }, { kg }) => getEntity(kg, id),
    entities: (_, { type, query, first, after }, { kg }) => paginate(listEntities(kg, { type, query }), first ?? undefined, after),
    relations: (_, { type, entity, first, after }, { kg }) => paginate(listRelations(kg, { type, entity }), first ?? undefined, after),
    relation: (_, { id }, { kg }) => getRelation(kg, id),
    search: (_, { query, first }, { kg }) => search(kg, query, first ?? undefined),
    searchEvidence: (_, { query, first }, { kg }) => searchEvidence(kg, query, first ?? undefined),
    neighborhood: (_, { id, depth }, { kg }) => neighborhood(kg, id, depth ?? undefined),
    path: (_, { from, to }, { kg }) => shortestPath(kg, from, to),
    article: (_, { id }, { kg }) => getArticle(kg, id),
    articles: (_, { first }, { kg }) => firstOf(listArticles(kg), first),
    stats: (_, __, { kg }) => stats(kg),
  },
  Entity: {
    url: (entity) => entityPath(entity.id),
    sameAs: (entity) => entity.sameAs ?? [],
    relations: (entity, { type, direction, first }, { kg }) => firstOf(entityRelations(kg, entity.id, { type, direction: direction ?? 'BOTH' }), first),
    mentions: (entity, { first }, { kg }) => firstOf(entityMentions(kg, entity.id), first).map((m) => ({ ...m, entity: entity.id })),
  },
  Relation: {
    source: (relation, _, { kg }) => getEntity(kg, relation.source)!,
    target: (relation, _, { kg }) => getEntity(kg, relation.target)!,
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
