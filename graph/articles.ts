// Articles and the mentions of entities in them.
import type { KnowledgeGraph, EntityMention } from './knowledge-graph';
import type { IndexedArticle, Relation } from './types';
import { resolveEntityId } from './entity';
import { relationAt } from './relations';

export const getArticle = (kg: KnowledgeGraph, id: string): IndexedArticle | null => kg.articles.get(id) ?? null;

/** Newest first; undated articles last. */
export function listArticles(kg: KnowledgeGraph): IndexedArticle[] {
  return [...kg.articles.values()].sort(
    (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id),
  );
}

export function entityMentions(kg: KnowledgeGraph, entityId: string): EntityMention[] {
  const id = resolveEntityId(kg, entityId);
  return id === null ? [] : kg.mentions.ofEntity(id);
}

/** Article page path; `#q-<start>` anchors mark evidence quotes in it. */
export const articlePath = (id: string, quoteStart?: number) =>
  `/articles/${encodeURIComponent(id)}${quoteStart === undefined ? '' : `#q-${quoteStart}`}`;

/** The relations an article gives evidence for, in the order of the graph's edges. */
export function articleRelations(kg: KnowledgeGraph, articleId: string): Relation[] {
  const { store } = kg;
  const a = store.articleNumber(articleId);
  if (a === undefined) return [];
  return Array.from(store.articleEdges.subarray(store.articleEdgeStart[a], store.articleEdgeStart[a + 1]), (e) => relationAt(kg, e));
}
