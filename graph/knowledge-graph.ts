// The queryable knowledge graph: the columnar store plus the indexes every query shares.
import type { SerializedKGraph } from './serialize';
import type { IndexedArticle } from './types';
import { GraphStore } from './graph-store';
import { createSearchIndex, type SearchIndex } from './search-index';
import { MentionStore, type EntityMention } from './mention-store';

export type { EntityMention };

export interface KnowledgeGraph {
  store: GraphStore;
  articles: Map<string, IndexedArticle>;
  /** Merged ids → surviving id. */
  redirects: Map<string, string>;
  /** Every article's entity mentions, by article (`article.mentions`) and by entity. */
  mentions: MentionStore;
  searchIndex: SearchIndex;
}

/** From graph.json's content (graphology's export, `graph.export()`); throws a DataError when it breaks the model. */
export function createKnowledgeGraph(data: SerializedKGraph): KnowledgeGraph {
  const store = new GraphStore(data);
  // JSON.parse makes a fresh string for every id it reads: point mentions at the store's one copy of each.
  const intern = (id: string) => store.ids[store.nodeNumber(id) ?? -1] ?? id;
  return {
    store,
    articles: new Map(store.articles.map((a) => [a.id, a])),
    redirects: new Map(Object.entries(data.attributes.redirects ?? {})),
    mentions: new MentionStore(store.articles, intern),
    searchIndex: createSearchIndex(
      store.ids,
      (id) => {
        const n = store.nodeNumber(id)!;
        return [store.names[n], ...store.aliases[n]];
      },
      (id) => store.degree(store.nodeNumber(id)!),
    ),
  };
}
