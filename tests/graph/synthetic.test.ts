import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKnowledgeGraph, deserializeGraph, entityRelations, getEntity, loadKnowledgeGraph, neighborhood, search,
  serializeGraph, shortestPath, stats, ENTITY_TYPES, RELATION_TYPES,
} from '@/graph';
import { generateSynthetic } from '@/graph/synthetic';

const graph = generateSynthetic({ entities: 300, relations: 900, seed: 7 });
const kg = createKnowledgeGraph(graph.export());

describe('#generateSynthetic', () => {
  it('should make exactly the entities and relations asked for, of every type', () => {
    const s = stats(kg);
    expect(s.entities).toBe(300);
    expect(s.relations).toBe(900);
    for (const { type, count } of [...s.byEntityType, ...s.byRelationType]) expect(count, type).toBeGreaterThan(0);
    expect(s.byEntityType.map((t) => t.type)).toEqual([...ENTITY_TYPES]);
    expect(s.byRelationType.map((t) => t.type)).toEqual([...RELATION_TYPES]);
  });

  it('should back every relation with a verbatim quote naming both ends, mentioned in its article', () => {
    graph.forEachEdge((key, attr, source, target) => {
      expect(attr.evidence.length, key).toBeGreaterThan(0);
      for (const e of attr.evidence) {
        const article = kg.articles.get(e.article)!;
        expect(article.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote).toContain(graph.getNodeAttribute(source, 'name'));
        expect(e.quote).toContain(graph.getNodeAttribute(target, 'name'));
        const inQuote = article.mentions.filter((m) => m.start >= e.start && m.end <= e.end).map((m) => m.entity);
        expect(inQuote.sort()).toEqual([source, target].sort());
      }
    });
    for (const article of kg.articles.values()) {
      for (const m of article.mentions) expect(graph.getNodeAttribute(m.entity, 'name')).toBe(article.text.slice(m.start, m.end));
    }
  });

  it('should keep the model: MET_WITH undirected, REPRESENTS with a role, degree stored, unique names', () => {
    graph.forEachEdge((key, attr) => {
      expect(graph.isUndirected(key)).toBe(attr.relationType === 'MET_WITH');
      if (attr.relationType === 'REPRESENTS') expect(attr.role).toBeTruthy();
    });
    graph.forEachNode((node, attr) => expect(attr.degree).toBe(graph.degree(node)));
    expect(new Set(graph.mapNodes((_, a) => a.name.toLowerCase())).size).toBe(300);
  });

  it('should give a few entities many relations (power-law degrees)', () => {
    const degrees = graph.mapNodes((_, a) => a.degree).sort((a, b) => b - a);
    const mean = (2 * graph.size) / graph.order;
    expect(degrees[0]).toBeGreaterThan(4 * mean);
    expect(degrees[degrees.length >> 1]).toBeLessThan(mean);
  });

  it('should be the same graph for the same seed and another for another seed', () => {
    expect(serializeGraph(generateSynthetic({ entities: 300, relations: 900, seed: 7 }))).toBe(serializeGraph(graph));
    expect(serializeGraph(generateSynthetic({ entities: 300, relations: 900, seed: 8 }))).not.toBe(serializeGraph(graph));
  });

  it('should refuse a relation count the entities cannot hold', () => {
    expect(() => generateSynthetic({ entities: 5, relations: 1000 })).toThrow(RangeError);
  });

  it('should load from disk like graph.json and answer queries', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'graph.json');
    writeFileSync(file, serializeGraph(graph));
    const loaded = loadKnowledgeGraph(file);
    expect(loaded.store.size).toBe(900);
    expect(deserializeGraph(JSON.parse(serializeGraph(graph))).order).toBe(300);
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0];
    const entity = getEntity(loaded, hub)!;
    expect(entityRelations(loaded, hub)).toHaveLength(entity.degree);
    expect(search(loaded, entity.name, 5)[0].id).toBe(hub);
    expect(neighborhood(loaded, hub, 2).nodes.length).toBeGreaterThan(entity.degree);
    const far = graph.nodes().find((n) => n !== hub && graph.degree(n) > 0)!;
    expect(shortestPath(loaded, hub, far)?.length).toBeGreaterThan(0);
  });
});
