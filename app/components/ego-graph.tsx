// An entity's 1-hop graph as server-rendered SVG: the entity in the middle, its neighbours on a ring grouped by
// type, relations as lines (arrows when directed). Every neighbour is a link to its page, so the figure needs no
// script, WebGL or layout work in the browser: a phone paints it with the HTML.
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS } from '@/graph/palette';
import { entityPath } from '@/graph';
import type { EntityType, RelationType } from '@/graph/types';

export interface EgoGraphProps {
  center: string;
  nodes: Array<{ id: string; name: string; type: EntityType }>;
  edges: Array<{ id: string; source: string; target: string; type: RelationType; directed: boolean }>;
}

const TYPE_ORDER: EntityType[] = ['PERSON', 'COUNTRY', 'INSTITUTION', 'PROPOSAL', 'EVENT'];
// The view box: about the figure's width on screen, so 1 unit ≈ 1 CSS pixel and the 24-px hit circles stay 24 px.
const W = 360;
const H = 320;
const CX = W / 2;
const CY = H / 2;
// An ellipse wider than tall would push side labels off the figure: the ring is narrow, the labels take the sides.
const RX = 78;
const RY = 122;
const CENTER_R = 11;
const NODE_R = 6;
const HIT_R = 12;

/** Labels stay short enough to fit beside the ring; the full names are in the list below the graph. */
const shorten = (name: string, max = 18) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);

function layout({ center, nodes }: EgoGraphProps) {
  const ring = nodes
    .filter((n) => n.id !== center)
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.name.localeCompare(b.name));
  const at = new Map<string, { x: number; y: number; cos: number; sin: number }>([[center, { x: CX, y: CY, cos: 0, sin: 0 }]]);
  ring.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ring.length, 1) - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    at.set(n.id, { x: CX + RX * cos, y: CY + RY * sin, cos, sin });
  });
  return { ring, at };
}

/** For relations that share their two entities with others: their place among them, to bend each its own way. */
function parallelIndex(edges: EgoGraphProps['edges']): Map<string, { index: number; count: number }> {
  const pairs = new Map<string, string[]>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    pairs.set(key, [...(pairs.get(key) ?? []), e.id]);
  }
  const at = new Map<string, { index: number; count: number }>();
  for (const ids of pairs.values()) if (ids.length > 1) ids.forEach((id, index) => at.set(id, { index, count: ids.length }));
  return at;
}

/** The unit normal of a pair, the same whichever way a relation runs, so opposite relations bend apart. */
function pairNormal(a: string, b: string, pa: { x: number; y: number }, pb: { x: number; y: number }): [number, number] {
  const [p, q] = a < b ? [pa, pb] : [pb, pa];
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  return [-(q.y - p.y) / len, (q.x - p.x) / len];
}

export function EgoGraph(props: EgoGraphProps) {
  const { center, nodes, edges } = props;
  const { ring, at } = layout(props);
  const middle = nodes.find((n) => n.id === center);
  const usedTypes = [...new Set(edges.filter((e) => e.directed).map((e) => e.type))];
  const parallel = parallelIndex(edges);
  return (
    <figure className="ego-graph-figure">
      <svg
        className="ego-graph"
        data-testid="ego-graph"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label={`${middle?.name ?? center} and its ${ring.length} neighbours`}
      >
        <defs>
          {usedTypes.map((type) => (
            <marker key={type} id={`ego-head-${type}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              {/* Stance is more than hue: opposes ends in a bar, the other directed relations in an arrow. */}
              <path d={type === 'OPPOSES' ? 'M6 0H10V10H6z' : 'M0 0L10 5L0 10z'} fill={RELATION_COLORS[type]} />
            </marker>
          ))}
        </defs>
        <g aria-hidden="true">
          {edges.map((e) => {
            const s = at.get(e.source);
            const t = at.get(e.target);
            if (!s || !t) return null;
            // Stop the line at the target's rim so the head shows.
            const r = e.target === center ? CENTER_R : NODE_R;
            const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
            const [x2, y2] = [t.x - ((t.x - s.x) * (r + 1)) / len, t.y - ((t.y - s.y) * (r + 1)) / len];
            // Relations joining the same two entities fan out as curves, so none hides another.
            const { index, count } = parallel.get(e.id) ?? { index: 0, count: 1 };
            const bend = (index - (count - 1) / 2) * 26;
            const [nx, ny] = pairNormal(e.source, e.target, s, t);
            const [cx, cy] = [(s.x + t.x) / 2 + nx * bend, (s.y + t.y) / 2 + ny * bend];
            const touchesCenter = e.source === center || e.target === center;
            return (
              <path
                key={e.id}
                data-relation={e.id}
                d={bend === 0 ? `M${s.x} ${s.y}L${x2} ${y2}` : `M${s.x} ${s.y}Q${cx} ${cy} ${x2} ${y2}`}
                fill="none"
                stroke={RELATION_COLORS[e.type]}
                strokeWidth={touchesCenter ? 1.6 : 0.9}
                strokeOpacity={touchesCenter ? 0.9 : 0.55}
                markerEnd={e.directed ? `url(#ego-head-${e.type})` : undefined}
              />
            );
          })}
        </g>
        {ring.map((n) => {
          const p = at.get(n.id)!;
          const anchor = p.cos > 0.25 ? 'start' : p.cos < -0.25 ? 'end' : 'middle';
          const lx = p.x + p.cos * 10;
          const ly = p.y + p.sin * 10 + (anchor === 'middle' ? (p.sin < 0 ? -2 : 10) : 4);
          return (
            <a key={n.id} href={entityPath(n.id)} className="ego-node">
              <title>{`${n.name} (${ENTITY_LABELS[n.type]})`}</title>
              <circle cx={p.x} cy={p.y} r={HIT_R} fill="transparent" />
              <circle cx={p.x} cy={p.y} r={NODE_R} fill={ENTITY_COLORS[n.type]} stroke="#fff" strokeWidth="1.5" />
              <text x={lx} y={ly} textAnchor={anchor}>
                {shorten(n.name)}
              </text>
            </a>
          );
        })}
        {middle && (
          <g className="ego-center">
            <circle cx={CX} cy={CY} r={CENTER_R} fill={ENTITY_COLORS[middle.type]} stroke="#fff" strokeWidth="2" />
            <text x={CX} y={CY + CENTER_R + 14} textAnchor="middle">
              {shorten(middle.name, 26)}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        {ring.length} {ring.length === 1 ? 'neighbour' : 'neighbours'}. Select a node to open its page; the same links are listed below.
      </figcaption>
    </figure>
  );
}
