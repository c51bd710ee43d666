// The committed seed graph: complete aliases, no duplicates, verbatim evidence, and a fresh data/graph.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildFromDataDir, dataPaths, foldName, loadCatalog, readArticles, search, serializeGraph, getEntity, entityRelations,
  RELATION_TYPES, ENTITY_TYPES,
} from '@/graph';
import { seedGraph, seedKGraph } from '../support/fixtures';

const paths = dataPaths();
const kg = seedGraph();
const graph = seedKGraph();
const catalog = loadCatalog(paths.catalog);
const resolveName = (name: string) => search(kg, name, 1)[0]?.id;

describe('seed graph', () => {
  it('should hold every catalog entity once and every curated claim as a relation', () => {
    expect(graph.order).toBe(catalog.entities.length);
    const claimed = new Set(catalog.claims.map((c) => `${c.type}:${[c.source, c.target].join(':')}`));
    expect(graph.size).toBeGreaterThanOrEqual(claimed.size / 2); // MET_WITH may be stated from both ends
    expect(graph.size).toBeLessThanOrEqual(claimed.size);
    for (const type of ENTITY_TYPES) expect(graph.filterNodes((_, a) => a.entityType === type).length).toBeGreaterThan(0);
    for (const type of RELATION_TYPES) expect(graph.filterEdges((_, a) => a.relationType === type).length).toBeGreaterThan(0);
  });

  it('should merge every spelling the articles use into one entity', () => {
    const same = (names: string[]) => expect(new Set(names.map(resolveName)).size, names.join(' / ')).toBe(1);
    same(['Zelensky', 'Zelenskyy', 'Volodymyr Zelensky']);
    same(['Pevkur', 'Pevklur', 'Hanno Pevklur']);
    same(['UK', 'U.K.', 'Britain', 'United Kingdom', 'London']);
    same(['U.S.', 'United States', 'Washington']);
    same(['Russia', 'Moscow']);
    same(['Ukraine', 'Kyiv']);
    same(['Sprūds', 'Sprunds', 'Andris Sprūds']);
    expect(resolveName('Britain')).toBe('united-kingdom');
    expect(resolveName('Moscow')).toBe('russia');
  });

  it('should have no two entities with the same name or alias', () => {
    const owners = new Map<string, string>();
    graph.forEachNode((id, attr) => {
      for (const name of [attr.name, ...attr.aliases]) {
        const key = foldName(name);
        expect(owners.get(key) ?? id, `"${name}"`).toBe(id);
        owners.set(key, id);
      }
    });
  });

  it('should describe every entity', () => {
    graph.forEachNode((id, attr) => expect(attr.description?.length ?? 0, id).toBeGreaterThan(20));
  });

  it('should back every relation with verbatim quotes from the articles on disk', () => {
    const texts = new Map(readArticles(paths.articles).map((a) => [a.id, a.text]));
    let quotes = 0;
    graph.forEachEdge((id, attr) => {
      expect(attr.evidence.length, id).toBeGreaterThan(0);
      for (const e of attr.evidence) {
        expect(texts.get(e.article)?.slice(e.start, e.end), id).toBe(e.quote);
        quotes++;
      }
      if (attr.relationType === 'REPRESENTS') expect(attr.role, id).toBeTruthy();
    });
    expect(quotes).toBeGreaterThanOrEqual(graph.size);
  });

  it('should carry every article that states a relation', () => {
    const multi = graph.filterEdges((_, a) => new Set(a.evidence.map((e) => e.article)).size > 1);
    expect(multi.length).toBeGreaterThan(5);
  });

  it('should state the positions the articles report', () => {
    const has = (type: string, source: string, target: string) =>
      entityRelations(kg, source, { direction: 'OUT' }).some((r) => r.type === type && r.target === target);
    expect(has('REPRESENTS', 'keir-starmer', 'united-kingdom')).toBe(true);
    expect(has('SUPPORTS', 'keir-starmer', 'european-force')).toBe(true);
    expect(has('OPPOSES', 'russia', 'european-force')).toBe(true);
    expect(has('PROPOSED', 'volodymyr-zelenskyy', 'armed-forces-of-europe')).toBe(true);
    expect(has('OPPOSES', 'donald-tusk', 'european-force') || has('OPPOSES', 'poland', 'european-force')).toBe(true);
    expect(getEntity(kg, 'us-backstop')?.type).toBe('PROPOSAL');
  });
});
