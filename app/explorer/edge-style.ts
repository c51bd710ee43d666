// How relations are drawn, table-driven by type: colour (graph/palette), head shape, and a curve whenever two
// relations join the same two entities, so a SUPPORTS never hides an OPPOSES lying on the same line.
import { EdgeArrowProgram, EdgeRectangleProgram, createEdgeArrowProgram } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { isDirected, type RelationType } from '@/graph/types';

/** A second cue beside colour: an arrow, a blunt bar (the "inhibits" mark of network diagrams), or nothing. */
export type EdgeHead = 'arrow' | 'bar' | 'none';

/** Heads that differ from the default: an arrow on directed relations, none on symmetric ones. */
const HEAD_OVERRIDES: Partial<Record<RelationType, EdgeHead>> = { OPPOSES: 'bar' };

export const edgeHead = (type: RelationType): EdgeHead => HEAD_OVERRIDES[type] ?? (isDirected(type) ? 'arrow' : 'none');

const ARROW = { lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 };
const BAR = { lengthToThicknessRatio: 1.2, widenessToThicknessRatio: 6 };

/** sigma's programs by name; an edge's `type` attribute picks one. Built lazily: they need WebGL's module. */
export const edgePrograms = () => ({
  arrow: EdgeArrowProgram,
  bar: createEdgeArrowProgram(BAR),
  none: EdgeRectangleProgram,
  'curved-arrow': createEdgeCurveProgram({ arrowHead: { extremity: 'target', ...ARROW } }),
  'curved-bar': createEdgeCurveProgram({ arrowHead: { extremity: 'target', ...BAR } }),
  'curved-none': createEdgeCurveProgram({ arrowHead: null }),
});

export type EdgeProgramName = keyof ReturnType<typeof edgePrograms>;

export const edgeProgram = (type: RelationType, curved: boolean): EdgeProgramName =>
  `${curved ? 'curved-' : ''}${edgeHead(type)}` as EdgeProgramName;

export interface EdgeEnds {
  id: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface ParallelLayout {
  /** Curvature per edge that shares its two entities with another (signed for its own direction). */
  curvature: Map<string, number>;
  /** Edges of a SUPPORTS + OPPOSES pair between the same source and target: the claims contradict each other. */
  contradictions: Set<string>;
}

/** Fan out relations that join the same pair symmetrically around the straight line, and find contradictions. */
export function layoutParallelEdges(edges: Iterable<EdgeEnds>): ParallelLayout {
  const byPair = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const key = edge.source < edge.target ? `${edge.source}\n${edge.target}` : `${edge.target}\n${edge.source}`;
    const group = byPair.get(key);
    if (group) group.push(edge);
    else byPair.set(key, [edge]);
  }
  const curvature = new Map<string, number>();
  const contradictions = new Set<string>();
  for (const group of byPair.values()) {
    if (group.length < 2) continue;
    // A stable order (by type, then id) so the same pair always fans out the same way.
    group.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
    const step = Math.min(0.5, 1.2 / (group.length - 1));
    group.forEach((edge, i) => {
      const offset = (i - (group.length - 1) / 2) * step;
      // Curvature bends relative to the edge's own direction: flip it for edges drawn the other way round.
      const forward = edge.source < edge.target;
      if (offset !== 0) curvature.set(edge.id, forward ? offset : -offset);
    });
    for (const support of group.filter((e) => e.type === 'SUPPORTS')) {
      for (const oppose of group.filter((e) => e.type === 'OPPOSES' && e.source === support.source && e.target === support.target)) {
        contradictions.add(support.id).add(oppose.id);
      }
    }
  }
  return { curvature, contradictions };
}

/** The mark drawn on a contradictory pair (on its OPPOSES edge, once per pair). */
export const CONTRADICTION_LABEL = '⚠ supports and opposes';
