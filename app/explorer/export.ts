// Downloads of the current view, for analysts' own tools: a PNG with a title, a legend and a source line; the shown
// graph as GEXF for Gephi and as CSV (relations with one row per quote, and entities), with the evidence from the API.
import { drawOnCanvas } from '@sigma/export-image';
import { write } from 'graphology-gexf/browser';
import { MultiGraph } from 'graphology';
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS, RELATION_LABELS } from '@/graph/palette';
import { ENTITY_TYPES, RELATION_TYPES } from '@/graph/types';
import type { ExplorerSigma } from './sigma-context';
import type { Visibility } from './visibility';
import type { RelationView } from './api';
import { edgeHead } from './edge-style';
import type { NodeStyle } from './node-style';

const FILE = 'peacekeeping-graph';

const RELATIONS_PAGE = `query ExplorerExport($first: Int, $after: String) { relations(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id type directed role qualifier source { id name type } target { id name type }
    evidence { quote start url article { id title outlet publishedAt } } } } }`;

/** Every relation with its evidence, a page of 100 at a time (the API's cost limit allows that much nesting). */
export async function fetchRelationDetails(): Promise<Map<string, RelationView>> {
  const out = new Map<string, RelationView>();
  let after: string | null = null;
  for (;;) {
    const response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: RELATIONS_PAGE, variables: { first: 100, after } }),
    });
    const body = (await response.json()) as {
      data?: { relations: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: RelationView[] } };
      errors?: Array<{ message: string }>;
    };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    for (const r of body.data.relations.nodes) out.set(r.id, r);
    if (!body.data.relations.pageInfo.hasNextPage) return out;
    after = body.data.relations.pageInfo.endCursor;
  }
}

const joined = (values: Array<string | null | undefined>) => values.filter(Boolean).join(' | ');

export function exportGEXF(sigma: ExplorerSigma, visibility: Visibility, details: Map<string, RelationView>): void {
  const source = sigma.getGraph();
  const graph = new MultiGraph({ type: 'mixed' });
  for (const node of visibility.nodes) {
    const { label, entityType, degree, x, y, size, color } = source.getNodeAttributes(node);
    graph.addNode(node, { label, entityType, degree, x, y, size, color });
  }
  for (const edge of visibility.edges) {
    const { relationType, directed, color } = source.getEdgeAttributes(edge);
    const [s, t] = source.extremities(edge);
    const r = details.get(edge);
    const attributes = {
      relationType,
      color,
      qualifier: r?.qualifier ?? '',
      role: r?.role ?? '',
      quotes: joined(r?.evidence.map((e) => e.quote) ?? []),
      articles: joined(r?.evidence.map((e) => e.article.title) ?? []),
      published: joined(r?.evidence.map((e) => e.article.publishedAt) ?? []),
      evidenceCount: r?.evidence.length ?? 0,
    };
    if (directed) graph.addDirectedEdgeWithKey(edge, s, t, attributes);
    else graph.addUndirectedEdgeWithKey(edge, s, t, attributes);
  }
  const gexf = write(graph, {
    formatNode: (_key, { label, entityType, degree, x, y, size, color }) => ({ label, attributes: { entityType, degree }, viz: { x, y, size, color } }),
    formatEdge: (_key, { color, ...attributes }) => ({ label: attributes.relationType, attributes, viz: { color } }),
  });
  download(new Blob([gexf], { type: 'application/gexf+xml' }), `${FILE}.gexf`);
}

/** RFC 4180: quote every field, double inner quotes; CRLF rows; a BOM so spreadsheet programs read UTF-8. */
export const toCSV = (rows: Array<Array<string | number | null | undefined>>) =>
  '\uFEFF' + rows.map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

export function exportRelationsCSV(sigma: ExplorerSigma, visibility: Visibility, details: Map<string, RelationView>, origin: string): void {
  const graph = sigma.getGraph();
  const rows: Array<Array<string | number | null>> = [
    ['relation_id', 'type', 'source_id', 'source', 'target_id', 'target', 'role', 'condition', 'quote', 'article_id', 'article', 'outlet', 'published', 'quote_url'],
  ];
  for (const edge of visibility.edges) {
    const [s, t] = graph.extremities(edge);
    const type = graph.getEdgeAttribute(edge, 'relationType');
    const r = details.get(edge);
    const head = [edge, type, s, graph.getNodeAttribute(s, 'label'), t, graph.getNodeAttribute(t, 'label'), r?.role ?? '', r?.qualifier ?? ''];
    const evidence = r?.evidence.length ? r.evidence : [null];
    for (const e of evidence) {
      rows.push([...head, e?.quote ?? '', e?.article.id ?? '', e?.article.title ?? '', e?.article.outlet ?? '', e?.article.publishedAt ?? '', e ? new URL(e.url, origin).href : '']);
    }
  }
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
