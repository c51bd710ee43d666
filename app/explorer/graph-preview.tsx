// The home page's first paint: the built layout drawn by the server as a still picture, so the graph is on screen
// before sigma, graphology and the graph data have loaded (explorer.tsx swaps it for the live canvas).
// Framed as sigma frames it (the layout's box, aspect kept, centred): a box with the layout's aspect ratio, fitted
// in the stage with container units; inside it, coordinates are percentages. Dots and lines keep their pixel width
// (non-scaling strokes), labels are HTML, so neither shrinks on a phone.
import type { KnowledgeGraph } from '@/graph';
import { ENTITY_COLORS, RELATION_COLORS } from '@/graph/palette';
import { ENTITY_TYPES, RELATION_TYPES } from '@/graph/types';
import { nodeSize } from './node-size';
import styles from './explorer.module.css';

/** Past these, a still picture stops being quick to send and paint: the best-connected entities and their relations. */
const MAX_NODES = 400;
const MAX_EDGES = 2500;
/**
 * Labels, largest entities first, each right of its dot or else left of it, kept where it overlaps no other label
 * and stays on screen at the box's typical size: on a desktop stage (about 660 px square at 1280×800) and on a
 * phone's (about 310 px). Widths are estimated (13 px semi-bold ≈ 8.5 px a character); the stage padding (40 px)
 * leaves a little room past the box's edges.
 */
const LABEL_CANDIDATES = 24;
const LABEL_BOXES = { wide: { size: 660, max: 10 }, narrow: { size: 310, max: 5 } };
type Side = 'right' | 'left' | null;

function fitLabels(nodes: Array<{ x: number; y: number; r: number; label: string }>, { size, max }: { size: number; max: number }): Side[] {
  const placed: Array<[number, number, number, number]> = [];
  const free = (box: [number, number, number, number]) =>
    box[0] >= -24 && box[2] <= size + 24 && !placed.some(([x0, y0, x1, y1]) => box[0] < x1 && x0 < box[2] && box[1] < y1 && y0 < box[3]);
  return nodes.map(({ x, y, r, label }) => {
    if (placed.length >= max) return null;
    const [cx, cy, width] = [(x / 100) * size, (y / 100) * size, label.length * 8.5];
    const right: [number, number, number, number] = [cx + r + 3, cy - 9, cx + r + 3 + width, cy + 9];
    const left: [number, number, number, number] = [cx - r - 3 - width, cy - 9, cx - r - 3, cy + 9];
    const side = free(right) ? 'right' : free(left) ? 'left' : null;
    if (side) placed.push(side === 'right' ? right : left);
    return side;
  });
}

interface Preview {
  /** The layout's width over its height. */
  aspect: number;
  nodes: Array<{ id: string; x: number; y: number; r: number; color: string; label?: string; wide?: Side; narrow?: Side }>;
  edges: Array<{ x1: number; y1: number; x2: number; y2: number; color: string }>;
}

const cache = new WeakMap<KnowledgeGraph, Preview>();

function preview(kg: KnowledgeGraph): Preview {
  const cached = cache.get(kg);
  if (cached) return cached;
  const { store } = kg;
  const order = store.ids.length;
  const ranked = Array.from({ length: order }, (_, n) => n).sort((a, b) => store.degree(b) - store.degree(a));
  const kept = ranked.slice(0, MAX_NODES);
  const [xs, ys] = [kept.map((n) => store.xs[n]), kept.map((n) => store.ys[n])];
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [w, h] = [maxX - minX || 1, maxY - minY || 1];
  // Percentages of the box; sigma's y axis points up, the page's down.
  const at = (n: number) => ({ x: round(((store.xs[n] - minX) / w) * 100), y: round(((maxY - store.ys[n]) / h) * 100) });
  const place = new Map(kept.map((n) => [n, at(n)]));
  const edges: Preview['edges'] = [];
  for (let e = 0; e < store.size && edges.length < MAX_EDGES; e++) {
    const [s, t] = [place.get(store.sources[e]), place.get(store.targets[e])];
    if (s && t) edges.push({ x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: RELATION_COLORS[RELATION_TYPES[store.relationTypes[e]]] });
  }
  const drawn = kept.map((n) => ({
    id: store.ids[n],
    ...place.get(n)!,
    r: round(nodeSize(store.degree(n), order)),
    color: ENTITY_COLORS[ENTITY_TYPES[store.entityTypes[n]]],
  }));
  const candidates = drawn.slice(0, LABEL_CANDIDATES).map((d, i) => ({ ...d, label: store.names[kept[i]] }));
  const [wide, narrow] = [fitLabels(candidates, LABEL_BOXES.wide), fitLabels(candidates, LABEL_BOXES.narrow)];
  candidates.forEach(({ label }, i) => (wide[i] || narrow[i]) && Object.assign(drawn[i], { label, wide: wide[i], narrow: narrow[i] }));
  const nodes = drawn.reverse(); // the largest drawn last, on top
  const result = { aspect: w / h, nodes, edges };
  cache.set(kg, result);
  return result;
}

const round = (v: number) => Math.round(v * 100) / 100;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The still as one HTML string: React hydrates it as a single element instead of one fiber per dot and line (which
 * cost more main-thread time on a phone than the rest of the page), and the page's data carries it once, compactly.
 */
function markup({ nodes, edges }: Preview): string {
  const lines = edges.map((e) => `<line x1="${e.x1}%" y1="${e.y1}%" x2="${e.x2}%" y2="${e.y2}%" stroke="${e.color}"/>`).join('');
  const dots = nodes.map((n) => `<circle cx="${n.x}%" cy="${n.y}%" r="${n.r}" fill="${n.color}"/>`).join('');
  const labels = nodes
    .filter((n) => n.label)
    .map((n) => {
      // explorer.module.css shows a label right of its dot by default; these say where it goes, or that it is hidden.
      const classes = [styles.previewLabel, ...[n.wide === 'left' ? styles.wideLeft : !n.wide && styles.wideHidden], n.narrow === 'left' ? styles.narrowLeft : !n.narrow && styles.narrowHidden];
      return `<span class="${classes.filter(Boolean).join(' ')}" style="left:${n.x}%;top:${n.y}%;--r:${n.r}px" data-node="${escape(n.id)}">${escape(n.label!)}</span>`;
    })
    .join('');
  return `<svg class="${styles.previewSvg}" width="100%" height="100%">${lines}${dots}</svg>${labels}`;
}

const markups = new WeakMap<KnowledgeGraph, string>();

export function GraphPreview({ kg }: { kg: KnowledgeGraph }) {
  const still = preview(kg);
  let html = markups.get(kg);
  if (html === undefined) markups.set(kg, (html = markup(still)));
  return (
    <div className={styles.preview} aria-hidden="true" data-testid="graph-preview">
      <div className={styles.previewBox} style={{ ['--aspect' as string]: still.aspect }} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
