// The explorer's GEXF and CSV exports (issue 14, item 12): each relation carries its review status, the
// extractor's confidence where there is one, and when its evidence was stated. Read back as Gephi would.
import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { gexfOf, relationRows, toCSV, RELATION_COLUMNS, type ExportRelation } from '@/app/explorer/export-data';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from '@/app/explorer/sigma-graph';

const node = (label: string, x: number): ExplorerNode => ({ label, entityType: 'COUNTRY', aliases: [], degree: 2, x, y: 0, size: 5, color: '#123456' });
const edge = (relationType: ExplorerEdge['relationType']): ExplorerEdge => ({ relationType, directed: true, size: 1, color: '#654321', type: 'arrow' as never, days: [] });

function fixture(): { graph: ExplorerGraph; details: Map<string, ExportRelation> } {
  const graph: ExplorerGraph = new MultiGraph();
  graph.addNode('germany', node('Germany', 0));
  graph.addNode('european-force', node('European force', 1));
  graph.addEdgeWithKey('opposes:germany:european-force', 'germany', 'european-force', edge('OPPOSES'));
  graph.addEdgeWithKey('supports:germany:european-force', 'germany', 'european-force', edge('SUPPORTS'));
  const article = { id: 'a1', title: 'Berlin says "not now"', outlet: 'Reuters', publishedAt: '2025-02-18' };
  const base = { directed: true, role: null, qualifier: null, context: null, source: { id: 'germany', name: 'Germany', type: 'COUNTRY' as const }, target: { id: 'european-force', name: 'European force', type: 'PROPOSAL' as const } };
  const details = new Map<string, ExportRelation>([
    [
      'opposes:germany:european-force',
      {
        ...base, id: 'opposes:germany:european-force', type: 'OPPOSES', status: 'CURATED', confidence: null,
        firstStatedAt: { date: '2025-01-18' }, lastStatedAt: { date: '2025-02' },
        evidence: [
          { quote: 'Pistorius said on Jan. 18 it was premature.', start: 10, url: '/articles/a1#q-10', article, statedAt: { date: '2025-01-18', precision: 'DAY', source: 'TEXT' } },
          { quote: 'Scholz called the debate premature.', start: 90, url: '/articles/a1#q-90', article, statedAt: { date: '2025-02', precision: 'MONTH', source: 'PUBLISHED' } },
        ],
      },
    ],
    [
      'supports:germany:european-force',
      {
        ...base, id: 'supports:germany:european-force', type: 'SUPPORTS', status: 'UNREVIEWED', confidence: 0.72,
        firstStatedAt: null, lastStatedAt: null,
        evidence: [{ quote: 'Germany could take part.', start: 200, url: '/articles/a1#q-200', article, statedAt: null }],
      },
    ],
  ]);
  return { graph, details };
}

/** RFC 4180 fields of one CRLF row as toCSV writes them (every field quoted). */
const fields = (row: string) => [...row.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

describe('explorer exports', () => {
  it('should write status, confidence and the dates of each quote into the relations CSV', () => {
    const { graph, details } = fixture();
    const csv = toCSV(relationRows(graph, graph.edges(), details, 'https://example.org'));
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map(fields);
    expect(header).toEqual([...RELATION_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      type: 'OPPOSES', status: 'CURATED', confidence: '', first_stated: '2025-01-18', last_stated: '2025-02',
      quote: 'Pistorius said on Jan. 18 it was premature.', stated_at: '2025-01-18', stated_precision: 'day', stated_from: 'text',
      article: 'Berlin says "not now"', quote_url: 'https://example.org/articles/a1#q-10',
    });
    expect(records[1]).toMatchObject({ stated_at: '2025-02', stated_precision: 'month', stated_from: 'publication date' });
    expect(records[2]).toMatchObject({ type: 'SUPPORTS', status: 'UNREVIEWED', confidence: '0.72', first_stated: '', stated_at: '' });
  });

  it('should give each GEXF edge its status, confidence only where known, and first, last and per-quote dates', () => {
    const { graph, details } = fixture();
    const back = parse(MultiGraph, gexfOf(graph, { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) }, details));
    expect(back.order).toBe(2);
    const opposes = back.getEdgeAttributes('opposes:germany:european-force');
    expect(opposes).toMatchObject({ status: 'CURATED', firstStated: '2025-01-18', lastStated: '2025-02', statedAt: '2025-01-18 | 2025-02', evidenceCount: 2 });
    expect(opposes.confidence).toBeUndefined();
    const supports = back.getEdgeAttributes('supports:germany:european-force');
    expect(supports).toMatchObject({ status: 'UNREVIEWED', confidence: 0.72, statedAt: '?' });
  });

  it('should leave out relations the view hides', () => {
    const { graph, details } = fixture();
    const shown = { nodes: new Set(graph.nodes()), edges: new Set(['supports:germany:european-force']) };
    expect(relationRows(graph, shown.edges, details, 'https://example.org')).toHaveLength(2);
    expect(parse(MultiGraph, gexfOf(graph, shown, details)).size).toBe(1);
  });
});
