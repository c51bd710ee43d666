// The explorer's payload: every entity and relation, no evidence or text (that comes from /api/graphql on demand).
import type { EntityType, RelationType } from '@/graph/types';

export interface LeanNode {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
  x: number;
  y: number;
}

/**
 * A relation as [type, source index, target index] into `nodes`, plus its id only when it is not
 * `relationId(type, source, target)`: at 50,000 relations, objects with string ids weigh ~4× more to send and parse.
 * `directed` follows from the type (MET_WITH is the undirected one).
 */
export type LeanEdge = [RelationType, number, number] | [RelationType, number, number, string];

export interface LeanGraph {
  nodes: LeanNode[];
  edges: LeanEdge[];
  /** For edge i, the days its dated evidence covers as [from, to, from, to, …] (days since 1970; empty when undated). */
  days?: number[][];
  /** Indices into `edges` of machine-extracted relations nobody has reviewed yet (drawn apart; see sigma-graph.ts). */
  unreviewed?: number[];
}
