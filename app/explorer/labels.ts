// Which node labels the canvas draws, and where. Each frame, the highlighted first, then the largest, each label
// is placed right, left, below or above its node, wherever it stays inside the canvas and overlaps no label
// already placed; a label with no free spot is left out (its name is in the panel and on hover).
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { ExplorerSigma } from './sigma-context';
import type { ExplorerEdge, ExplorerNode } from './sigma-graph';

type Settings = SigmaSettings<ExplorerNode, ExplorerEdge>;

type Side = 'right' | 'left' | 'below' | 'above';
type Box = { x0: number; y0: number; x1: number; y1: number };
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

const GAP = 3;
const SIDES: Side[] = ['right', 'left', 'below', 'above'];

export class LabelLayout {
  private sigma: ExplorerSigma | null = null;
  private stale = true;
  private widths = new Map<string, number>();
  /** The labels of the last frame: where each was drawn. */
  readonly placed = new Map<string, Box & { side: Side; byHover?: boolean }>();

  attach(sigma: ExplorerSigma): void {
    this.sigma = sigma;
    sigma.on('beforeRender', () => (this.stale = true));
  }

  /** sigma's `defaultDrawNodeLabel`: sigma offers every labelled node; only the placed ones are drawn. */
  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!data.label || !data.key) return;
    if (this.stale) this.place(context, settings);
    const box = this.placed.get(data.key);
    // A highlighted node's label is drawn by sigma's hover drawer, in a box; its room was kept all the same.
    if (!box || box.byHover) return;
    context.font = font(settings);
    context.fillStyle = settings.labelColor.color ?? '#000';
    // A thin halo keeps a label readable over edges.
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(251, 251, 249, 0.9)';
    const baseline = box.y1 - 3;
    context.strokeText(data.label, box.x0, baseline);
    context.fillText(data.label, box.x0, baseline);
  };

  private place(context: CanvasRenderingContext2D, settings: Settings): void {
    this.stale = false;
    this.placed.clear();
    const sigma = this.sigma;
    if (!sigma) return;
    const { width, height } = sigma.getDimensions();
    context.font = font(settings);
    const candidates: Array<{ node: string; label: string; x: number; y: number; r: number; rank: number; highlighted: boolean }> = [];
    const discs = new BoxGrid();
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      discs.add({ x0: x - r, y0: y - r, x1: x + r, y1: y + r, owner: node });
      if (!data.label) return;
      // The selection and its neighbours (raised by the reducers) before the rest, then the biggest.
      const rank = (data.highlighted ? 2 : 0) + (data.zIndex >= 2 ? 1 : 0);
      candidates.push({ node, label: data.label, x, y, r, rank, highlighted: Boolean(data.highlighted) });
    });
    candidates.sort((a, b) => b.rank - a.rank || b.r - a.r || (a.node < b.node ? -1 : 1));
    const labels = new BoxGrid();
    const h = settings.labelSize + 4;
    candidates.forEach((c, i) => {
      if (c.x < -c.r || c.x > width + c.r || c.y < -c.r || c.y > height + c.r) return;
      const w = this.width(context, c.label);
      // The first few (highlighted, or the hubs) are labelled even over other discs; the rest keep clear of them.
      const important = c.rank > 0 || i < MUST_LABEL;
      if (c.highlighted) {
        // sigma's hover drawer puts it on the right, whatever is there: keep that room.
        const box = boxAt('right', c.x, c.y, c.r, w, h);
        labels.add(box);
        this.placed.set(c.node, { ...box, side: 'right', byHover: true });
        return;
      }
      for (const side of SIDES) {
        const box = boxAt(side, c.x, c.y, c.r, w, h);
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
        if (labels.hits(box) || (!important && discs.hits(box, c.node))) continue;
        labels.add(box);
        this.placed.set(c.node, { ...box, side });
        break;
      }
    });
  }

  private width(context: CanvasRenderingContext2D, label: string): number {
    let w = this.widths.get(label);
    if (w === undefined) this.widths.set(label, (w = context.measureText(label).width));
    return w;
  }

  /** A label's width in pixels (for framing), measured in the label font. */
  labelWidth(label: string, settings: Settings): number {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return label.length * settings.labelSize * 0.6;
    context.font = font(settings);
    return this.width(context, label);
  }
}

const font = (settings: Settings) => `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

function boxAt(side: Side, x: number, y: number, r: number, w: number, h: number): Box {
  switch (side) {
    case 'right':
      return { x0: x + r + GAP, y0: y - h / 2, x1: x + r + GAP + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - r - GAP - w, y0: y - h / 2, x1: x - r - GAP, y1: y + h / 2 };
    case 'below':
      return { x0: x - w / 2, y0: y + r + 1, x1: x + w / 2, y1: y + r + 1 + h };
    case 'above':
      return { x0: x - w / 2, y0: y - r - 1 - h, x1: x + w / 2, y1: y - r - 1 };
  }
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Hubs labelled even where their label crosses a smaller node's disc. */
const MUST_LABEL = 8;

/** Boxes bucketed in 64-px cells, so a frame's collision tests stay near-linear up to 2,000 nodes. */
class BoxGrid {
  private cells = new Map<number, Array<Box & { owner?: string }>>();
  private static CELL = 64;

  private keys(box: Box): number[] {
    const c = BoxGrid.CELL;
    const keys: number[] = [];
    for (let i = Math.floor(box.x0 / c); i <= Math.floor(box.x1 / c); i++) for (let j = Math.floor(box.y0 / c); j <= Math.floor(box.y1 / c); j++) keys.push(i * 100_003 + j);
    return keys;
  }

  add(box: Box & { owner?: string }): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Some box other than `owner`'s overlaps this one. */
  hits(box: Box, owner?: string): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((b) => (owner === undefined || b.owner !== owner) && overlaps(b, box)));
  }
}
