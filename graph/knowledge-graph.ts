// The queryable knowledge graph: the graphology graph plus the indexes every query shares.
import type { KGraph } from './build';
import type { IndexedArticle } from './types';
import { createSearchIndex, type SearchIndex } from './search-index';
import { MentionStore, type EntityMention } from './mention-store';
import { sliceQuotesOnRead } from './evidence-quotes';

export type { EntityMention };

export interface KnowledgeGraph {
  graph: KGraph;
  articles: Map<string, IndexedArticle>;
  /** Merged ids → surviving id. */
  redirects: Map<string, string>;
  /** Every article's entity mentions, by article (`article.mentions`) and by entity. */
  mentions: MentionStore;
  /** Article id → ids of the relations it gives evidence for. */
  relationsByArticle: Map<string, string[]>;
  searchIndex: SearchIndex;
}

export function createKnowledgeGraph(graph: KGraph): KnowledgeGraph {
  const articles = new Map(graph.getAttribute('articles').map((a) => [a.id, a]));
  // JSON.parse makes a fresh string for every id it reads: point repeated ids at the one node key or article id,
  // and quotes at their article's text (same value), so a large graph does not hold each many times.
  const nodeKey = new Map(graph.mapNodes((key) => [key, key]));
  const intern = (id: string) => nodeKey.get(id) ?? id;
  const mentions = new MentionStore(articles.values(), intern);
  const relationsByArticle = new Map<string, string[]>();
  graph.forEachEdge((key, attr) => {
    attr.evidence = sliceQuotesOnRead(attr.evidence, articles);
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
    mentions,
    relationsByArticle,
    searchIndex: createSearchIndex(
      graph.nodes(),
      (id) => [graph.getNodeAttribute(id, 'name'), ...graph.getNodeAttribute(id, 'aliases')],
      (id) => graph.getNodeAttribute(id, 'degree'),
    ),
  };
}
