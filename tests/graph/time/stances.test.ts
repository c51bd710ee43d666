import { describe, expect, it } from 'vitest';
import {
  buildGraph, createKnowledgeGraph, entityRelations, entityStances, InvalidArgumentError, listRelations, neighborhood, shortestPath, stanceMatrix,
  stats, statedSpan, timeWindow, type Catalog, type Entity,
} from '@/graph';
import { seedGraph } from '../../support/fixtures';

// A small debate over time: Rome is for the force in January and against it in March (CHANGED); Oslo is for and
// against it in the same article (MIXED); Bern only supports it, on a condition.
const articles = [
  { id: 'january', title: 'January', publishedAt: '2025-01-20', text: 'Rome backed the force on Jan. 10. Oslo backed the force on Jan. 12, and Oslo rejected the force on Jan. 14. Bern met Oslo on Jan. 15.' },
  { id: 'march', title: 'March', publishedAt: '2025-03', text: 'Rome now rejects the force. Bern backs the force if a ceasefire holds.' },
];
const entity = (id: string, type: Entity['type']): Entity => ({ id, type, name: id[0].toUpperCase() + id.slice(1), aliases: [] });
const catalog: Catalog = {
  entities: [entity('rome', 'COUNTRY'), entity('oslo', 'COUNTRY'), entity('bern', 'COUNTRY'), entity('force', 'PROPOSAL')],
  claims: [
    { type: 'SUPPORTS', source: 'rome', target: 'force', evidence: [{ article: 'january', quote: 'Rome backed the force on Jan. 10.' }] },
    { type: 'OPPOSES', source: 'rome', target: 'force', evidence: [{ article: 'march', quote: 'Rome now rejects the force.' }] },
    { type: 'SUPPORTS', source: 'oslo', target: 'force', evidence: [{ article: 'january', quote: 'Oslo backed the force on Jan. 12' }] },
    { type: 'OPPOSES', source: 'oslo', target: 'force', evidence: [{ article: 'january', quote: 'Oslo rejected the force on Jan. 14.' }] },
    { type: 'SUPPORTS', source: 'bern', target: 'force', qualifier: 'if a ceasefire holds', evidence: [{ article: 'march', quote: 'Bern backs the force if a ceasefire holds.' }] },
    { type: 'MET_WITH', source: 'bern', target: 'oslo', evidence: [{ article: 'january', quote: 'Bern met Oslo on Jan. 15.' }] },
  ],
} as Catalog;
const kg = createKnowledgeGraph(buildGraph(articles, catalog).export());

describe('#entityStances', () => {
  it('should say CHANGED when one side clearly follows the other, with the point where it changed', () => {
    const [rome] = entityStances(kg, 'rome');
    expect(rome).toMatchObject({ proposal: 'force', stance: 'CHANGED', latest: { date: '2025-03', precision: 'MONTH', source: 'PUBLISHED' } });
    expect(rome.points.map((p) => [p.stance, p.statedAt?.date])).toEqual([['SUPPORTS', '2025-01-10'], ['OPPOSES', '2025-03']]);
    expect(rome.changes.map((p) => p.evidence.quote)).toEqual(['Rome now rejects the force.']);
  });

  it('should say MIXED when both sides are stated at overlapping times, and CHANGED when a day apart', () => {
    const [oslo] = entityStances(kg, 'oslo');
    expect(oslo.stance).toBe('CHANGED'); // Jan. 12 for, Jan. 14 against: one after the other
    const [mixed] = entityStances(createKnowledgeGraph(buildGraph(
      [{ id: 'one', title: 'One', publishedAt: '2025-02', text: 'Oslo backed the force. Oslo rejected the force.' }],
      { ...catalog, claims: [
        { type: 'SUPPORTS', source: 'oslo', target: 'force', evidence: [{ article: 'one', quote: 'Oslo backed the force.' }] },
        { type: 'OPPOSES', source: 'oslo', target: 'force', evidence: [{ article: 'one', quote: 'Oslo rejected the force.' }] },
      ] } as Catalog,
    ).export()), 'oslo');
    expect(mixed.stance).toBe('MIXED');
    expect(mixed.points.map((p) => p.stance)).toEqual(['SUPPORTS', 'OPPOSES']);
  });

  it('should call support with a condition CONDITIONAL, and keep only statements within a window', () => {
    expect(entityStances(kg, 'bern').map((s) => s.stance)).toEqual(['CONDITIONAL']);
    const [january] = entityStances(kg, 'rome', { window: timeWindow('2025-01', '2025-01') });
    expect(january.stance).toBe('SUPPORTS');
    expect(entityStances(kg, 'rome', { proposal: 'nothing' })).toEqual([]);
  });

  it('should show Germany on the European force in the seeds: opposed in early 2024, open to it on Jan. 18, 2025', () => {
    const [germany] = entityStances(seedGraph(), 'germany', { proposal: 'european-force' });
    expect(['MIXED', 'CHANGED']).toContain(germany.stance);
    expect(germany.points[0]).toMatchObject({ stance: 'OPPOSES', statedAt: { date: '2024', precision: 'APPROXIMATE' } });
    // "May consider" is a hedge (the relation's context), not a condition: support, stated on Jan. 18.
    expect(germany.points.find((p) => p.statedAt?.date === '2025-01-18')?.stance).toBe('SUPPORTS');
    expect(germany.changes.length).toBeGreaterThan(0);
  });
});

describe('#stanceMatrix', () => {
  it('should list every actor with a stance, by name, and filter by actor type and window', () => {
    const matrix = stanceMatrix(kg);
    expect(matrix.actors.map((a) => a.id)).toEqual(['bern', 'oslo', 'rome']);
    expect(matrix.cells.get('rome force')?.stance).toBe('CHANGED');
    expect(stanceMatrix(kg, { actorTypes: ['PERSON'] }).actors).toEqual([]);
    expect(stanceMatrix(kg, { window: timeWindow('2025-03', null) }).actors.map((a) => a.id)).toEqual(['bern', 'rome']);
  });
});

describe('time windows on relation queries', () => {
  const march = timeWindow('2025-03-01', '2025-03-31');
  it('should keep relations with evidence stated within the window', () => {
    expect(listRelations(kg, { window: march }).slice().map((r) => r.id)).toEqual(['opposes:rome:force', 'supports:bern:force']);
    expect(entityRelations(kg, 'oslo', { window: march })).toEqual([]);
    expect(entityRelations(kg, 'oslo', { window: timeWindow('2025-01-15', '2025-01-15') }).map((r) => r.id)).toEqual(['met_with:bern:oslo']);
  });

  it('should link neighbourhoods and paths only through relations within the window, and count them', () => {
    expect(neighborhood(kg, 'bern', 1, march).nodes.map((n) => n.id)).toEqual(['bern', 'force']);
    expect(shortestPath(kg, 'bern', 'oslo')?.map((r) => r.id)).toEqual(['met_with:bern:oslo']);
    expect(shortestPath(kg, 'bern', 'oslo', march)).toBeNull();
    expect(stats(kg, march)).toMatchObject({ relations: 2, entities: 3, articles: 1 });
    expect(stats(kg).relations).toBe(6);
  });

  it('should give each relation its first and last dated evidence', () => {
    const rel = listRelations(kg).slice().find((r) => r.id === 'supports:oslo:force')!;
    expect(statedSpan(rel.evidence)).toEqual({ first: { date: '2025-01-12', precision: 'DAY', source: 'TEXT' }, last: { date: '2025-01-12', precision: 'DAY', source: 'TEXT' } });
  });

  it('should refuse a malformed or reversed window, naming the argument', () => {
    expect(() => timeWindow('Feb 2025', null)).toThrow(InvalidArgumentError);
    expect(() => timeWindow('2025-02-30', null)).toThrow(/since/);
    expect(() => timeWindow('2025-03', '2025-02')).toThrow(/until/);
    expect(timeWindow(null, '2025-02')).toEqual({ from: -Infinity, to: Date.UTC(2025, 1, 28) / 86_400_000 });
  });
});
