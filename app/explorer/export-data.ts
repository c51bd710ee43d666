// What the explorer's GEXF and CSV downloads hold, apart from the browser: every shown relation with its review
// status, the extractor's confidence, when it was stated and its evidence (export.ts turns these into files).
import write from 'graphology-gexf/common/writer.js';
import { MultiGraph } from 'graphology';
import type { RelationStatus } from '@/graph/types';
import type { EvidenceView, RelationView } from './api';
import type { ExplorerGraph } from './sigma-graph';
import type { Visibility } from './visibility';

const RELATIONS_PAGE = `query ExplorerExport($first: Int, $after: String) { relations(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id type directed role qualifier context status confidence firstStatedAt { date } lastStatedAt { date }
    source { id name type } target { id name type }
    evidence { quote start url statedAt { date precision source } article { id title outlet publishedAt } } } } }`;

/** A relation as exported: its review status, the extractor's confidence and when its evidence was stated. */
export interface ExportRelation extends Omit<RelationView, 'evidence'> {
  status: RelationStatus;
  /** Only for machine-extracted relations; null for curated ones. */
  confidence: number | null;
  firstStatedAt: { date: string } | null;
  lastStatedAt: { date: string } | null;
  evidence: Array<EvidenceView & { statedAt: { date: string; precision: string; source: string } | null }>;
}

/** Every relation with its evidence, a page of 100 at a time (the API's cost limit allows that much nesting). */
export async function fetchRelationDetails(): Promise<Map<string, ExportRelation>> {
  const out = new Map<string, ExportRelation>();
  let after: string | null = null;
  for (;;) {
    const response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: RELATIONS_PAGE, variables: { first: 100, after } }),
    });
    const body = (await response.json()) as {
      data?: { relations: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: ExportRelation[] } };
      errors?: Array<{ message: string }>;
    };
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    for (const r of body.data.relations.nodes) out.set(r.id, r);
    if (!body.data.relations.pageInfo.hasNextPage) return out;
    after = body.data.relations.pageInfo.endCursor;
  }
}

const joined = (values: Array<string | null | undefined>) => values.filter(Boolean).join(' | ');

/** The shown graph as GEXF 1.3 for Gephi: entities with their layout, relations with status, dates and evidence. */
export function gexfOf(source: ExplorerGraph, visibility: Pick<Visibility, 'nodes' | 'edges'>, details: Map<string, ExportRelation>): string {
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
      status: r?.status ?? '',
      // Gephi reads an empty number as 0: curated relations (no confidence) leave the attribute out instead.
      ...(r?.confidence != null && { confidence: r.confidence }),
      qualifier: r?.qualifier ?? '',
      context: r?.context ?? '',
      role: r?.role ?? '',
      firstStated: r?.firstStatedAt?.date ?? '',
      lastStated: r?.lastStatedAt?.date ?? '',
      quotes: joined(r?.evidence.map((e) => e.quote) ?? []),
      // One per quote, in the same order; '?' where a quote has no date.
      statedAt: (r?.evidence ?? []).map((e) => e.statedAt?.date ?? '?').join(' | '),
      articles: joined(r?.evidence.map((e) => e.article.title) ?? []),
      published: joined(r?.evidence.map((e) => e.article.publishedAt) ?? []),
      evidenceCount: r?.evidence.length ?? 0,
    };
    if (directed) graph.addDirectedEdgeWithKey(edge, s, t, attributes);
    else graph.addUndirectedEdgeWithKey(edge, s, t, attributes);
  }
  return write(graph, {
    formatNode: (_key, { label, entityType, degree, x, y, size, color }) => ({ label, attributes: { entityType, degree }, viz: { x, y, size, color } }),
    formatEdge: (_key, { color, ...attributes }) => ({ label: attributes.relationType, attributes, viz: { color } }),
  });
}

/** RFC 4180: quote every field, double inner quotes; CRLF rows; a BOM so spreadsheet programs read UTF-8. */
export const toCSV = (rows: Array<Array<string | number | null | undefined>>) =>
  '\uFEFF' + rows.map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

export const RELATION_COLUMNS = [
  'relation_id', 'type', 'source_id', 'source', 'target_id', 'target', 'status', 'confidence', 'first_stated', 'last_stated', 'role', 'condition', 'context',
  'quote', 'stated_at', 'stated_precision', 'stated_from', 'article_id', 'article', 'outlet', 'published', 'quote_url',
] as const;

/** The shown relations, one row per quote (a relation without evidence gets one row with empty quote columns). */
export function relationRows(graph: ExplorerGraph, edges: Iterable<string>, details: Map<string, ExportRelation>, origin: string): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [[...RELATION_COLUMNS]];
  for (const edge of edges) {
    const [s, t] = graph.extremities(edge);
    const r = details.get(edge);
    const head = [
      edge, graph.getEdgeAttribute(edge, 'relationType'), s, graph.getNodeAttribute(s, 'label'), t, graph.getNodeAttribute(t, 'label'),
      r?.status ?? '', r?.confidence ?? '', r?.firstStatedAt?.date ?? '', r?.lastStatedAt?.date ?? '', r?.role ?? '', r?.qualifier ?? '', r?.context ?? '',
    ];
    for (const e of r?.evidence.length ? r.evidence : [null]) {
      const stated = e?.statedAt;
      rows.push([
        ...head, e?.quote ?? '', stated?.date ?? '', stated?.precision.toLowerCase() ?? '', stated ? (stated.source === 'TEXT' ? 'text' : 'publication date') : '',
        e?.article.id ?? '', e?.article.title ?? '', e?.article.outlet ?? '', e?.article.publishedAt ?? '', e ? new URL(e.url, origin).href : '',
      ]);
    }
  }
  return rows;
}
