import { describe, expect, it } from 'vitest';
import { buildGraph, loadCatalog, readArticles, DataError } from '@/graph';
import { join } from 'node:path';
import { MINI_DIR, miniGraph, miniKGraph } from '../support/fixtures';

const articles = () => readArticles(join(MINI_DIR, 'articles'));
const catalog = () => loadCatalog(join(MINI_DIR, 'catalog'));

describe('#buildGraph', () => {
  it('should make one relation per (type, source, target) carrying every article that states it', () => {
    const graph = miniKGraph();
    const evidence = graph.getEdgeAttribute('supports:latvia:reassurance-force', 'evidence');
    expect(evidence.map((e) => e.article)).toEqual(['force-debate', 'talks-in-riga']);
    expect(graph.getEdgeAttribute('opposes:russia:reassurance-force', 'evidence')).toHaveLength(2);
  });

  it('should keep evidence verbatim with offsets into the article text', () => {
    const kg = miniGraph();
    miniKGraph().forEachEdge((_, attr) => {
      for (const e of attr.evidence) expect(kg.articles.get(e.article)!.text.slice(e.start, e.end)).toBe(e.quote);
    });
  });

  it('should resolve a merged id in claims to the surviving entity', () => {
    expect(miniKGraph().hasEdge('represents:andris-spruds:latvia')).toBe(true);
    expect(miniGraph().redirects.get('andris-sprunds')).toBe('andris-spruds');
  });

  it('should make MET_WITH undirected and the rest directed', () => {
    const graph = miniKGraph();
    expect(graph.isUndirected('met_with:andris-spruds:hanno-pevkur')).toBe(true);
    expect(graph.isDirected('opposes:russia:reassurance-force')).toBe(true);
  });

  it('should store degree and a deterministic layout on every node', () => {
    const first = buildGraph(articles(), catalog());
    const second = buildGraph(articles(), catalog());
    expect(first.getNodeAttribute('reassurance-force', 'degree')).toBe(3);
    first.forEachNode((node, attr) => {
      expect(Number.isFinite(attr.x) && Number.isFinite(attr.y)).toBe(true);
      expect(second.getNodeAttributes(node)).toEqual(attr);
    });
  });

  it('should find mentions of every alias, longest first, linking possessives too', () => {
    const article = miniGraph().articles.get('talks-in-riga')!;
    const named = article.mentions.map((m) => `${m.entity}:${article.text.slice(m.start, m.end)}`);
    expect(named).toContain('andris-spruds:Andris Sprūds');
    expect(named).toContain('latvia:Latvia');
    expect(named).toContain('russia:Moscow');
    expect(named).not.toContain('andris-spruds:Sprūds'.replace('Sprūds', 'Andris'));
  });

  it('should refuse a quote that is not verbatim in its article', () => {
    const bad = catalog();
    bad.claims[0] = { ...bad.claims[0], evidence: [{ article: 'talks-in-riga', quote: 'Sprūds met Pevkur.' }] };
    expect(() => buildGraph(articles(), bad)).toThrow(DataError);
  });

  it('should refuse an alias shared by two entities and an unknown entity in a claim', () => {
    const shared = catalog();
    shared.entities[1] = { ...shared.entities[1], aliases: ['Sprūds'] };
    expect(() => buildGraph(articles(), shared)).toThrow(/names both/);
    const unknown = catalog();
    unknown.claims[0] = { ...unknown.claims[0], target: 'nobody' };
    expect(() => buildGraph(articles(), unknown)).toThrow(/unknown entity "nobody"/);
  });

  it('should refuse REPRESENTS without a role', () => {
    const noRole = catalog();
    const represents = noRole.claims.findIndex((c) => c.type === 'REPRESENTS');
    noRole.claims[represents] = { ...noRole.claims[represents], role: undefined };
    expect(() => buildGraph(articles(), noRole)).toThrow(/needs a role/);
  });
});
