// What every resolver receives: the loaded knowledge graph, and the request's time budget (see time-budget.ts).
import type { KnowledgeGraph } from '@/graph';
import type { TimeBudget } from './time-budget';

export interface Context {
  kg: KnowledgeGraph;
  budget?: TimeBudget;
}

/** A mention resolved to its entity and article ids; the resolvers expand them. */
export interface MentionParent {
  entity: string;
  article: string;
  start: number;
  end: number;
}
