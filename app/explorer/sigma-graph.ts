// The lean payload as the graphology graph sigma draws: label, size, colour and program per node and edge.
import { MultiGraph } from 'graphology';
import { ENTITY_COLORS, RELATION_COLORS } from '@/graph/palette';
import { relationId } from '@/graph/relation-id';
import { isDirected, type EntityType, type RelationType } from '@/graph/types';
import type { LeanGraph } from './lean-graph-types';

export interface ExplorerNode {
  label: string;
  entityType: EntityType;
  aliases: string[];
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExplorerEdge {
  relationType: RelationType;
  directed: boolean;
  size: number;
  color: string;
  /** Machine-extracted, not yet reviewed: drawn thinner and paler (the edge panel says so in words). */
  unreviewed?: boolean;
  /** sigma's program: arrows for directed relations, plain lines for MET_WITH. */
  type: 'arrow' | 'line';
}

export type ExplorerGraph = MultiGraph<ExplorerNode, ExplorerEdge>;

/** Area grows with degree, so hubs stand out without swamping the rest. */
export const nodeSize = (degree: number, order: number) => {
  const base = order > 2000 ? 1.5 : 4;
  return Math.min(base + Math.sqrt(degree) * (order > 2000 ? 0.8 : 2.2), 24);
};

export function toSigmaGraph(lean: LeanGraph): ExplorerGraph {
  const graph: ExplorerGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  const order = lean.nodes.length;
  for (const n of lean.nodes) {
    graph.addNode(n.id, {
      label: n.name,
      entityType: n.type,
      aliases: n.aliases,
      degree: n.degree,
      x: n.x,
      y: n.y,
      size: nodeSize(n.degree, order),
      color: ENTITY_COLORS[n.type],
    });
  }
  const edgeSize = order > 2000 ? 0.5 : 1.5;
  const unreviewed = new Set(lean.unreviewed);
  for (const [index, [type, s, t, key]] of lean.edges.entries()) {
    const source = lean.nodes[s].id;
    const target = lean.nodes[t].id;
    const directed = isDirected(type);
    const attributes: ExplorerEdge = { relationType: type, directed, size: edgeSize, color: RELATION_COLORS[type], type: directed ? 'arrow' : 'line' };
    if (unreviewed.has(index)) Object.assign(attributes, { unreviewed: true, size: edgeSize / 2, color: `${RELATION_COLORS[type]}80` });
    const id = key ?? relationId(type, source, target);
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return graph;
}

/** The built layout, kept to reset to after a ForceAtlas2 run. */
export const builtPositions = (lean: LeanGraph) => new Map(lean.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
