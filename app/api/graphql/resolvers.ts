// Thin adapters from the schema to the core: check arguments, call graph/, return.
import {
  articlePath, articleRelations, entityMentions, entityPath, entityRelations, getArticle, getEntity, getRelation,
  listArticles, listEntities, listRelations, neighborhood, paginate, search, shortestPath, stats,
} from '@/graph';
import type { Resolvers } from './resolvers-types.generated';

export const resolvers: Resolvers = {
  Query: {
    entity: (_, { id }, { kg }) => getEntity(kg, id),
    entities: (_, { type, query, first, after }, { kg }) => paginate(listEntities(kg, { type, query }), first ?? undefined, after),
    relations: (_, { type, entity, first, after }, { kg }) => paginate(listRelations(kg, { type, entity }), first ?? undefined, after),
    relation: (_, { id }, { kg }) => getRelation(kg, id),
    search: (_, { query, first }, { kg }) => search(kg, query, first ?? undefined),
    neighborhood: (_, { id, depth }, { kg }) => neighborhood(kg, id, depth ?? undefined),
    path: (_, { from, to }, { kg }) => shortestPath(kg, from, to),
    article: (_, { id }, { kg }) => getArticle(kg, id),
    articles: (_, __, { kg }) => listArticles(kg),
    stats: (_, __, { kg }) => stats(kg),
  },
  Entity: {
    url: (entity) => entityPath(entity.id),
    sameAs: (entity) => entity.sameAs ?? [],
    relations: (entity, { type, direction }, { kg }) => entityRelations(kg, entity.id, { type, direction: direction ?? 'BOTH' }),
    mentions: (entity, _, { kg }) => entityMentions(kg, entity.id).map((m) => ({ ...m, entity: entity.id })),
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
    mentions: (article) => article.mentions.map((m) => ({ ...m, article: article.id })),
    relations: (article, _, { kg }) => articleRelations(kg, article.id),
  },
  Mention: {
    entity: (mention, _, { kg }) => getEntity(kg, mention.entity)!,
    article: (mention, _, { kg }) => getArticle(kg, mention.article)!,
    text: (mention, _, { kg }) => getArticle(kg, mention.article)!.text.slice(mention.start, mention.end),
  },
};
