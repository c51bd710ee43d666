// The lean payload as the graphology graph sigma draws: label, size, colour and program per node and edge.
import { MultiGraph } from 'graphology';
import { ENTITY_COLORS, RELATION_COLORS } from '@/graph/palette';
import { relationId } from '@/graph/relation-id';
import { isDirected, type EntityType, type RelationType } from '@/graph/types';
import type { LeanGraph } from './lean-graph-types';
import { nodeSize } from './node-size';
import { CONTRADICTION_BADGE, edgeProgram, layoutParallelEdges, type EdgeProgramName } from './edge-style';

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
  /** sigma's program (edge-style.ts): the head for the type, curved when the pair has other relations. */
  type: EdgeProgramName;
  /** Bend of a relation that shares its two entities with others (@sigma/edge-curve reads `curvature`). */
  curvature?: number;
  /** One of a SUPPORTS + OPPOSES pair between the same two entities. */
  contradiction?: boolean;
  /** Drawn along the edge: only the contradiction mark. */
  label?: string;
  forceLabel?: boolean;
  /** Days its evidence was stated, [from, to, …] (see LeanGraph.days). */
  days: number[];
  /** Machine-extracted, not yet reviewed: drawn thinner, paler and dashed; the edge panel says so in words. */
  unreviewed?: boolean;
}

export type ExplorerGraph = MultiGraph<ExplorerNode, ExplorerEdge>;

export { nodeSize };

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
  const edges = lean.edges.map(([type, s, t, key], i) => {
    const source = lean.nodes[s].id;
    const target = lean.nodes[t].id;
    return { id: key ?? relationId(type, source, target), type, source, target, days: lean.days?.[i] ?? [], index: i };
  });
  const { curvature, contradictions } = layoutParallelEdges(edges);
  for (const { id, type, source, target, days: stated, index } of edges) {
    const directed = isDirected(type);
    const bend = curvature.get(id);
    const attributes: ExplorerEdge = {
      relationType: type,
      directed,
      size: contradictions.has(id) ? edgeSize * 1.6 : edgeSize,
      color: RELATION_COLORS[type],
      type: edgeProgram(type, bend !== undefined),
      days: stated,
      ...(bend !== undefined && { curvature: bend }),
      ...(contradictions.has(id) && { contradiction: true }),
      ...(contradictions.has(id) && type === 'OPPOSES' && { label: CONTRADICTION_BADGE, forceLabel: true }),
    };
    if (unreviewed.has(index)) {
      Object.assign(attributes, { unreviewed: true, size: attributes.size / 2, color: `${RELATION_COLORS[type]}80`, type: edgeProgram(type, bend !== undefined, true) });
    }
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return graph;
}

/** The built layout, kept to reset to after a ForceAtlas2 run. */
export const builtPositions = (lean: LeanGraph) => new Map(lean.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
