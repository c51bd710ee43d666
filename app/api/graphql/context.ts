// What every resolver receives: the loaded knowledge graph, and the request's time budget (see time-budget.ts).
import type { KnowledgeGraph } from '@/graph';
import type { TimeBudget } from './time-budget';
import type { Reviewer } from '@/app/auth/session';

export interface Context {
  kg: KnowledgeGraph;
  budget?: TimeBudget;
  /** Who may write (mutations need one); absent for anonymous readers. */
  reviewer?: Reviewer | null;
  /** The session's CSRF token came with the request (x-csrf-token). */
  csrfOk?: boolean;
}

/** A mention resolved to its entity and article ids; the resolvers expand them. */
export interface MentionParent {
  entity: string;
  article: string;
  start: number;
  end: number;
}
