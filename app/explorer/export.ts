// Downloads of the current view, for analysts' own tools: a PNG with a title, a legend and a source line; the shown
// graph as GEXF for Gephi and as CSV (relations with one row per quote, and entities), with the evidence from the API.
import { drawOnCanvas } from '@sigma/export-image';
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS, RELATION_LABELS } from '@/graph/palette';
import { ENTITY_TYPES, RELATION_TYPES } from '@/graph/types';
import type { ExplorerSigma } from './sigma-context';
import type { Visibility } from './visibility';
import { gexfOf, relationRows, toCSV, type ExportRelation } from './export-data';
import { edgeHead } from './edge-style';
import type { NodeStyle } from './node-style';

const FILE = 'peacekeeping-graph';

export function exportGEXF(sigma: ExplorerSigma, visibility: Visibility, details: Map<string, ExportRelation>): void {
  download(new Blob([gexfOf(sigma.getGraph(), visibility, details)], { type: 'application/gexf+xml' }), `${FILE}.gexf`);
}

export function exportRelationsCSV(sigma: ExplorerSigma, visibility: Visibility, details: Map<string, ExportRelation>, origin: string): void {
  const rows = relationRows(sigma.getGraph(), visibility.edges, details, origin);
  download(new Blob([toCSV(rows)], { type: 'text/csv;charset=utf-8' }), `${FILE}-relations.csv`);
}

export function exportEntitiesCSV(sigma: ExplorerSigma, visibility: Visibility, style: NodeStyle | null, origin: string): void {
  const graph = sigma.getGraph();
  const shownDegree = new Map<string, number>();
  for (const edge of visibility.edges) for (const n of graph.extremities(edge)) shownDegree.set(n, (shownDegree.get(n) ?? 0) + 1);
  const rows: Array<Array<string | number | null>> = [['id', 'name', 'type', 'aliases', 'relations', 'relations_shown', 'community', 'url']];
  for (const node of visibility.nodes) {
    const a = graph.getNodeAttributes(node);
    const community = style?.communityOf?.get(node);
    rows.push([node, a.label, a.entityType, a.aliases.join('; '), a.degree, shownDegree.get(node) ?? 0, community === undefined ? '' : community + 1, `${origin}/entities/${encodeURIComponent(node)}`]);
  }
  download(new Blob([toCSV(rows)], { type: 'text/csv;charset=utf-8' }), `${FILE}-entities.csv`);
}

/** The canvas as drawn, under a title and above a legend and a line saying where it comes from. */
export async function exportPNG(sigma: ExplorerSigma, caption: { title: string; detail: string; link: string }, style: NodeStyle | null): Promise<void> {
  const drawn = await drawOnCanvas(sigma as never, { backgroundColor: '#ffffff' });
  const { width } = sigma.getDimensions();
  const dpr = drawn.width / width;
  const header = 52;
  const footer = 96;
  const canvas = Object.assign(document.createElement('canvas'), { width: drawn.width, height: drawn.height + (header + footer) * dpr });
  const ctx = canvas.getContext('2d')!;
  ctx.scale(dpr, dpr);
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d232b';
  ctx.font = font(18, 700);
  ctx.fillText(caption.title, 16, 24);
  ctx.font = font(13);
  ctx.fillStyle = '#4a5561';
  ctx.fillText(caption.detail, 16, 43);
  ctx.drawImage(drawn, 0, header, width, drawn.height / dpr);
  // Legend: entity colours (or communities), then relation marks as the canvas draws them.
  let x = 16;
  let y = header + drawn.height / dpr + 24;
  ctx.font = font(12);
  const item = (label: string, mark: () => void, markWidth: number) => {
    const w = markWidth + 6 + ctx.measureText(label).width + 18;
    if (x + w > width - 8) {
      x = 16;
      y += 20;
    }
    mark();
    ctx.fillStyle = '#1d232b';
    ctx.fillText(label, x + markWidth + 6, y + 4);
    x += w;
  };
  const dot = (color: string) => () => {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x + 5, y, 5, 0, 2 * Math.PI);
    ctx.fill();
  };
  const entries = style?.communities
    ? style.communities.map((c) => [`community ${c.index + 1}`, c.color] as const)
    : ENTITY_TYPES.map((t) => [ENTITY_LABELS[t], ENTITY_COLORS[t]] as const);
  for (const [label, color] of entries) item(label, dot(color), 10);
  for (const type of RELATION_TYPES) {
    const color = RELATION_COLORS[type];
    item(
      RELATION_LABELS[type],
      () => {
        ctx.strokeStyle = ctx.fillStyle = color;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + 16, y);
        ctx.stroke();
        const head = edgeHead(type);
        if (head === 'arrow') {
          ctx.beginPath();
          ctx.moveTo(x + 14, y - 5);
          ctx.lineTo(x + 22, y);
          ctx.lineTo(x + 14, y + 5);
          ctx.fill();
        } else if (head === 'bar') ctx.fillRect(x + 17, y - 5, 3.5, 10);
      },
      22,
    );
  }
  ctx.fillStyle = '#4a5561';
  ctx.font = font(11);
  ctx.fillText(`Source: ${caption.link} — every relation is backed by a verbatim quote, linked from the explorer.`, 16, header + drawn.height / dpr + footer - 12, width - 32);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${FILE}.png`);
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
