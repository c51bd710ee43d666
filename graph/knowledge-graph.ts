// The queryable knowledge graph: the graphology graph plus the indexes every query shares.
import type { KGraph } from './build';
import type { IndexedArticle } from './types';
import { createSearchIndex, type SearchIndex } from './search-index';

export interface EntityMention {
  article: string;
  start: number;
  end: number;
}

export interface KnowledgeGraph {
  graph: KGraph;
  articles: Map<string, IndexedArticle>;
  /** Merged ids → surviving id. */
  redirects: Map<string, string>;
  mentionsByEntity: Map<string, EntityMention[]>;
  /** Article id → ids of the relations it gives evidence for. */
  relationsByArticle: Map<string, string[]>;
  searchIndex: SearchIndex;
}

export function createKnowledgeGraph(graph: KGraph): KnowledgeGraph {
  const articles = new Map(graph.getAttribute('articles').map((a) => [a.id, a]));
  // JSON.parse makes a fresh string for every id it reads: point repeated ids at the one node key or article id,
  // and quotes at slices of their article's text (same value), so a large graph does not hold each many times.
  const nodeKey = new Map(graph.mapNodes((key) => [key, key]));
  const intern = (id: string) => nodeKey.get(id) ?? id;
  const mentionsByEntity = new Map<string, EntityMention[]>();
  for (const article of articles.values()) {
    for (const mention of article.mentions) mention.entity = intern(mention.entity);
    for (const { entity, start, end } of article.mentions) {
      let list = mentionsByEntity.get(entity);
      if (!list) mentionsByEntity.set(entity, (list = []));
      list.push({ article: article.id, start, end });
    }
  }
  const relationsByArticle = new Map<string, string[]>();
  graph.forEachEdge((key, attr) => {
    for (const e of attr.evidence) {
      const article = articles.get(e.article);
      if (!article) continue;
      e.article = article.id;
      if (article.text.slice(e.start, e.end) === e.quote) e.quote = article.text.slice(e.start, e.end);
    }
    for (const article of new Set(attr.evidence.map((e) => e.article))) {
      let list = relationsByArticle.get(article);
      if (!list) relationsByArticle.set(article, (list = []));
      list.push(key);
    }
  });
  return {
    graph,
    articles,
    redirects: new Map(Object.entries(graph.getAttribute('redirects') ?? {})),
    mentionsByEntity,
    relationsByArticle,
    searchIndex: createSearchIndex(
      graph.nodes(),
      (id) => [graph.getNodeAttribute(id, 'name'), ...graph.getNodeAttribute(id, 'aliases')],
      (id) => graph.getNodeAttribute(id, 'degree'),
    ),
  };
}
