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

export function EgoGraph(props: EgoGraphProps) {
  const { center, nodes, edges } = props;
  const { ring, at } = layout(props);
  const middle = nodes.find((n) => n.id === center);
  const usedTypes = [...new Set(edges.filter((e) => e.directed).map((e) => e.type))];
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
            <marker key={type} id={`ego-arrow-${type}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" fill={RELATION_COLORS[type]} />
            </marker>
          ))}
        </defs>
        <g aria-hidden="true">
          {edges.map((e) => {
            const s = at.get(e.source);
            const t = at.get(e.target);
            if (!s || !t) return null;
            // Stop the line at the target's rim so the arrowhead shows.
            const r = e.target === center ? CENTER_R : NODE_R;
            const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
            const touchesCenter = e.source === center || e.target === center;
            return (
              <line
                key={e.id}
                x1={s.x}
                y1={s.y}
                x2={t.x - ((t.x - s.x) * (r + 1)) / len}
                y2={t.y - ((t.y - s.y) * (r + 1)) / len}
                stroke={RELATION_COLORS[e.type]}
                strokeWidth={touchesCenter ? 1.6 : 0.9}
                strokeOpacity={touchesCenter ? 0.9 : 0.55}
                markerEnd={e.directed ? `url(#ego-arrow-${e.type})` : undefined}
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
