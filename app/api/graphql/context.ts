// What every resolver receives: the loaded knowledge graph.
import type { KnowledgeGraph } from '@/graph';

export interface Context {
  kg: KnowledgeGraph;
}

/** A mention resolved to its entity and article ids; the resolvers expand them. */
export interface MentionParent {
  entity: string;
  article: string;
  start: number;
  end: number;
}
