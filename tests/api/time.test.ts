// Time over the GraphQL API, real HTTP against the production server on the seed graph: statement dates, since/until
// windows and an actor's stances as they moved.
import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphql';

describe('time in the GraphQL API', () => {
  it('should date every evidence and give each relation its first and last statement', async () => {
    const { data, errors } = await gql(`{ relation(id: "supports:boris-pistorius:european-force") {
      firstStatedAt { date precision source } lastStatedAt { date }
      evidence { quote statedAt { date precision source } } } }`);
    expect(errors).toBeUndefined();
    expect(data.relation.firstStatedAt).toEqual({ date: '2025-01-18', precision: 'DAY', source: 'TEXT' });
    expect(data.relation.lastStatedAt).toEqual({ date: '2025-01-18' });
    expect(data.relation.evidence[0].statedAt).toEqual({ date: '2025-01-18', precision: 'DAY', source: 'TEXT' });
  });

  it('should keep only relations stated within since…until, on every query that takes them', async () => {
    const { data, errors } = await gql(`{
      all: relations(first: 500) { totalCount }
      january: relations(since: "2025-01", until: "2025-01", first: 500) { totalCount nodes { id evidence { statedAt { date } } } }
      starmer: entity(id: "keir-starmer") { relations(since: "2025-01-16", until: "2025-01-16") { id } }
      hood: neighborhood(id: "keir-starmer", since: "2025-01-16", until: "2025-01-16") { nodes { id } }
      path(from: "keir-starmer", to: "volodymyr-zelenskyy", until: "2024") { id }
      stats(since: "2025-01", until: "2025-01") { relations entities articles }
    }`);
    expect(errors).toBeUndefined();
    expect(data.january.totalCount).toBeGreaterThan(0);
    expect(data.january.totalCount).toBeLessThan(data.all.totalCount);
    for (const relation of data.january.nodes) expect(relation.evidence.some((e: any) => e.statedAt?.date.startsWith('2025-01'))).toBe(true);
    expect(data.starmer.relations.map((r: any) => r.id)).toEqual(expect.arrayContaining(['met_with:keir-starmer:volodymyr-zelenskyy']));
    expect(data.hood.nodes.map((n: any) => n.id)).toContain('volodymyr-zelenskyy');
    expect(data.path).toBeNull();
    expect(data.stats.relations).toBe(data.january.totalCount);
  });

  it("should give Germany's stances on the European force in date order, with the points where it changed", async () => {
    const { data, errors } = await gql(`{ entity(id: "germany") { stances(proposal: "european-force") {
      proposal { id } stance latest { date }
      points { stance statedAt { date precision } evidence { quote } relation { type } }
      changes { stance statedAt { date } } } } }`);
    expect(errors).toBeUndefined();
    const [stance] = data.entity.stances;
    expect(stance.proposal.id).toBe('european-force');
    expect(['MIXED', 'CHANGED']).toContain(stance.stance);
    expect(stance.points[0]).toMatchObject({ stance: 'OPPOSES', statedAt: { date: '2024', precision: 'APPROXIMATE' }, relation: { type: 'OPPOSES' } });
    const pistorius = stance.points.find((p: any) => p.statedAt.date === '2025-01-18');
    expect(pistorius.evidence.quote).toContain('Germany may consider');
    expect(stance.changes[0]).toMatchObject({ stance: 'CONDITIONAL', statedAt: { date: '2025-01-18' } });
  });

  it('should refuse a malformed date with BAD_USER_INPUT naming the argument', async () => {
    const { data, errors } = await gql('{ relations(since: "last week") { totalCount } }');
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
    expect(errors?.[0].message).toMatch(/^since: must be a date/);
  });

  it('should model taking part in a summit as ATTENDED, and keep MET_WITH between the people who met', async () => {
    const { data } = await gql(`{ event: entity(id: "paris-emergency-summit") { date relations { type source { type } } } }`);
    const types = new Set(data.event.relations.map((r: any) => r.type));
    expect(types.has('ATTENDED')).toBe(true);
    expect(types.has('MET_WITH')).toBe(false);
  });
});
