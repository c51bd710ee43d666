// How relations are drawn, table-driven by type: colour (graph/palette), head shape, and a curve whenever two
// relations join the same two entities, so a SUPPORTS never hides an OPPOSES lying on the same line.
import {
  EdgeArrowProgram, EdgeRectangleProgram, createEdgeArrowHeadProgram, createEdgeArrowProgram, createEdgeClampedProgram, createEdgeCompoundProgram,
  type EdgeLabelDrawingFunction, type EdgeProgramType,
} from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { isDirected, type RelationType } from '@/graph/types';

/** A second cue beside colour: an arrow, a blunt bar (the "inhibits" mark of network diagrams), or nothing. */
export type EdgeHead = 'arrow' | 'bar' | 'none';

/** Heads that differ from the default: an arrow on directed relations, none on symmetric ones. */
const HEAD_OVERRIDES: Partial<Record<RelationType, EdgeHead>> = { OPPOSES: 'bar' };

export const edgeHead = (type: RelationType): EdgeHead => HEAD_OVERRIDES[type] ?? (isDirected(type) ? 'arrow' : 'none');

const ARROW = { lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 };
const BAR = { lengthToThicknessRatio: 1.2, widenessToThicknessRatio: 6 };

/**
 * An edge label is drawn as a badge at the middle of the edge (of its curve, when curved): the one edge label the
 * explorer uses is the contradiction mark, and text bent along a short curve cannot be read.
 */
export const drawEdgeBadge: EdgeLabelDrawingFunction = (context, edge, source, target, settings) => {
  if (!edge.label) return;
  const curvature = typeof edge.curvature === 'number' ? edge.curvature : 0;
  const [dx, dy] = [target.x - source.x, target.y - source.y];
  // @sigma/edge-curve's control point is the midpoint moved by (dy, -dx) × curvature; the curve's middle is halfway.
  const x = (source.x + target.x) / 2 + (dy * curvature) / 2;
  const y = (source.y + target.y) / 2 - (dx * curvature) / 2;
  const size = settings.edgeLabelSize;
  context.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
  const w = context.measureText(edge.label).width + 8;
  const h = size + 6;
  context.fillStyle = '#fff3e0';
  context.strokeStyle = edge.color;
  context.lineWidth = 1.5;
  context.beginPath();
  context.roundRect(x - w / 2, y - h / 2, w, h, 4);
  context.fill();
  context.stroke();
  context.fillStyle = '#7a3b00';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(edge.label, x, y + 0.5);
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
};

type EditList = ReadonlyArray<readonly [string, string]>;

// A dash pattern along an edge, in screen pixels: the vertex shader passes the distance from the source (positions
// are in sigma's normalised space, where u_correctionRatio is the size of one screen pixel), the fragment shader
// leaves the gaps out. Picking keeps the whole edge, so a gap still hovers and clicks as the edge.
const DASH_VERTEX = [
  ['varying float v_feather;', 'varying float v_feather;\nvarying float v_dash;'],
  ['v_normal = unitNormal;', 'v_normal = unitNormal;\n  v_dash = a_positionCoef * length(a_positionEnd - a_positionStart) / u_correctionRatio;'],
] as const;
const DASH_FRAGMENT = [
  ['varying float v_feather;', 'varying float v_feather;\nvarying float v_dash;'],
  ['void main(void) {', 'void main(void) {\n  #ifndef PICKING_MODE\n  if (mod(v_dash, 9.0) > 5.0) discard;\n  #endif'],
] as const;

const patched = (source: string, edits: EditList) =>
  edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`edge shader changed: no "${from}"`);
    return text.replace(from, to);
  }, source);

/** An edge program drawn dashed: machine-extracted relations nobody has reviewed yet. */
function dashed(Base: typeof EdgeRectangleProgram, vertex: EditList = DASH_VERTEX, fragment: EditList = DASH_FRAGMENT): EdgeProgramType {
  return class Dashed extends Base {
    getDefinition() {
      const definition = super.getDefinition();
      return { ...definition, VERTEX_SHADER_SOURCE: patched(definition.VERTEX_SHADER_SOURCE, vertex), FRAGMENT_SHADER_SOURCE: patched(definition.FRAGMENT_SHADER_SOURCE, fragment) };
    }
  };
}
const dashedArrow = (options?: typeof BAR): EdgeProgramType =>
  createEdgeCompoundProgram([dashed(createEdgeClampedProgram(options) as unknown as typeof EdgeRectangleProgram), createEdgeArrowHeadProgram(options)]) as unknown as EdgeProgramType;

// On a curve the fragment shader already finds the closest point's parameter t along the Bézier (in screen pixels):
// keep it, and dash by t times the chord's length (a curve here bends little, so that is close to the arc length).
const CURVE_DASH_FRAGMENT = [
  ['float det(vec2 a, vec2 b) {', 'float g_t;\n\nfloat det(vec2 a, vec2 b) {'],
  ['return mix(mix(b0, b1, t), mix(b1, b2, t), t);', 'g_t = t;\n  return mix(mix(b0, b1, t), mix(b1, b2, t), t);'],
  // After the arrowhead has set its thickness: the head itself stays whole.
  ['float halfThickness = thickness / 2.0;', '#ifndef PICKING_MODE\n  if (thickness == v_thickness && mod(g_t * length(v_cpC - v_cpA), 9.0) > 5.0) discard;\n  #endif\n  float halfThickness = thickness / 2.0;'],
] as const;

const curve = (arrowHead: typeof ARROW | null) => createEdgeCurveProgram({ arrowHead: arrowHead && { extremity: 'target', ...arrowHead }, drawLabel: drawEdgeBadge });
const dashedCurve = (arrowHead: typeof ARROW | null) => dashed(curve(arrowHead) as unknown as typeof EdgeRectangleProgram, [], CURVE_DASH_FRAGMENT);

/** sigma's programs by name; an edge's `type` attribute picks one. Built lazily: they need WebGL's module. */
export const edgePrograms = () => ({
  arrow: EdgeArrowProgram,
  bar: createEdgeArrowProgram(BAR),
  none: EdgeRectangleProgram,
  'dashed-arrow': dashedArrow(),
  'dashed-bar': dashedArrow(BAR),
  'dashed-none': dashed(EdgeRectangleProgram),
  'curved-arrow': curve(ARROW),
  'curved-bar': curve(BAR),
  'curved-none': curve(null),
  'curved-dashed-arrow': dashedCurve(ARROW),
  'curved-dashed-bar': dashedCurve(BAR),
  'curved-dashed-none': dashedCurve(null),
});

export type EdgeProgramName = keyof ReturnType<typeof edgePrograms>;

/** Curved when it shares its ends with other relations; dashed when unreviewed. */
export const edgeProgram = (type: RelationType, curved: boolean, unreviewed = false): EdgeProgramName =>
  `${curved ? 'curved-' : ''}${unreviewed ? 'dashed-' : ''}${edgeHead(type)}` as EdgeProgramName;

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
/** The same mark on the canvas, short enough to sit on an edge. */
export const CONTRADICTION_BADGE = '⚠ both';
