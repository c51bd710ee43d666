// The GraphQL contract over real HTTP against the production Next server serving data/graph.json.
import { describe, expect, inject, it } from 'vitest';
import { gql } from '../support/graphql';
import { seedGraph } from '../support/fixtures';

const kg = seedGraph();

describe('POST /api/graphql', () => {
  it("should return Keir Starmer's relations with verbatim evidence", async () => {
    const { data, errors } = await gql(`{
      entity(id: "keir-starmer") {
        id name type url degree aliases
        relations { id type directed role source { id } target { id name }
          evidence { quote start end url article { id title text } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const starmer = data.entity;
    expect(starmer).toMatchObject({ id: 'keir-starmer', name: 'Keir Starmer', type: 'PERSON', url: '/entities/keir-starmer' });
    expect(starmer.degree).toBe(starmer.relations.length);
    expect(starmer.relations.map((r: any) => r.type)).toEqual(expect.arrayContaining(['SUPPORTS', 'REPRESENTS']));
    expect(starmer.relations.find((r: any) => r.type === 'REPRESENTS').role).toBeTruthy();
    for (const relation of starmer.relations) {
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const e of relation.evidence) {
        expect(e.article.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.url).toBe(`/articles/${e.article.id}#q-${e.start}`);
      }
    }
  });

  it('should serve a condition as qualifier and other context as context', async () => {
    const { data, errors } = await gql(`{
      call: relation(id: "met_with:donald-trump:vladimir-putin") { qualifier context }
      condition: relation(id: "supports:keir-starmer:european-force") { qualifier context }
    }`);
    expect(errors).toBeUndefined();
    expect(data.call).toEqual({ qualifier: null, context: 'phone call' });
    expect(data.condition).toEqual({ qualifier: 'only with U.S. support', context: null });
  });

  it('should answer null for an unknown id and resolve entity mentions to text', async () => {
    const { data } = await gql(`{ nobody: entity(id: "no-such-entity") { id }
      zelensky: entity(id: "volodymyr-zelenskyy") { mentions { text start end article { id } } } }`);
    expect(data.nobody).toBeNull();
    const texts = new Set(data.zelensky.mentions.map((m: any) => m.text));
    expect(texts).toEqual(new Set(['Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'].filter((t) => texts.has(t))));
    expect(texts.has('Zelensky') && texts.has('Zelenskyy')).toBe(true);
  });

  it('should search case- and accent-insensitively, exact before prefix before substring', async () => {
    const { data } = await gql(`{ a: search(query: "sprūds") { id } b: search(query: "SPRUDS") { id }
      c: search(query: "starm") { id } d: search(query: "france", first: 3) { id name } }`);
    expect(data.a[0].id).toBe('andris-spruds');
    expect(data.b[0].id).toBe('andris-spruds');
    expect(data.c[0].id).toBe('keir-starmer');
    expect(data.d[0].id).toBe('france');
  });

  it('should page entities and relations with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: any = await gql(`query($after: String) { entities(first: 30, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id } } }`, { after });
      seen.push(...data.entities.nodes.map((n: any) => n.id));
      expect(data.entities.edges.map((e: any) => e.node.id)).toEqual(data.entities.nodes.map((n: any) => n.id));
      if (!data.entities.pageInfo.hasNextPage) break;
      after = data.entities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(kg.store.order);
    expect(new Set(seen).size).toBe(kg.store.order);

    const { data } = await gql(`{ relations(type: OPPOSES, entity: "russia") { totalCount nodes { type source { id } target { id } } } }`);
    expect(data.relations.totalCount).toBeGreaterThan(0);
    for (const r of data.relations.nodes) expect(r.type).toBe('OPPOSES');
    expect(data.relations.nodes.some((r: any) => r.source.id === 'russia')).toBe(true);
  });

  it('should filter entities by type and query', async () => {
    const { data } = await gql(`{ entities(type: PROPOSAL, query: "backstop") { nodes { id type } } }`);
    expect(data.entities.nodes[0]).toEqual({ id: 'us-backstop', type: 'PROPOSAL' });
  });

  it('should return neighbourhoods that grow with depth', async () => {
    const { data } = await gql(`{ one: neighborhood(id: "donald-tusk") { nodes { id } edges { id source { id } target { id } } }
      two: neighborhood(id: "donald-tusk", depth: 2) { nodes { id } } }`);
    const one = new Set(data.one.nodes.map((n: any) => n.id));
    expect(one.has('donald-tusk') && one.has('poland')).toBe(true);
    for (const e of data.one.edges) expect(one.has(e.source.id) && one.has(e.target.id)).toBe(true);
    expect(data.two.nodes.length).toBeGreaterThan(one.size);
  });

  it('should find the shortest chain of relations, or null when there is none', async () => {
    const { data } = await gql(`{ path(from: "vladimir-putin", to: "keir-starmer") { source { id } target { id } evidence { quote } }
      none: path(from: "keir-starmer", to: "china") { id } }`);
    const path = data.path;
    expect(path.length).toBeGreaterThan(0);
    const ends = path.flatMap((r: any) => [r.source.id, r.target.id]);
    expect(ends).toContain('vladimir-putin');
    expect(ends).toContain('keir-starmer');
    expect(data.none).toBeNull();
  });

  it('should list articles and count the graph by type', async () => {
    const { data } = await gql(`{ articles { id title publishedAt relations { id } mentions { text } }
      stats { entities relations articles byEntityType { type count } byRelationType { type count } } }`);
    expect(data.articles).toHaveLength(kg.articles.size);
    expect(data.stats).toMatchObject({ entities: kg.store.order, relations: kg.store.size, articles: kg.articles.size });
    const sum = (list: any[]) => list.reduce((n, t) => n + t.count, 0);
    expect(sum(data.stats.byEntityType)).toBe(kg.store.order);
    expect(sum(data.stats.byRelationType)).toBe(kg.store.size);
  });

  it('should serve GET queries for caches and browsers', async () => {
    const url = new URL('/api/graphql', inject('baseURL'));
    url.searchParams.set('query', '{ entity(id: "france") { name } }');
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { entity: { name: 'France' } } });
  });
});

describe('bad input', () => {
  const expectBadInput = async (query: string, argument: string) => {
    const { errors, data } = await gql(query);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors?.[0].extensions).not.toHaveProperty('stacktrace');
    expect(data?.[Object.keys(data ?? {})[0]] ?? null).toBeNull();
  };

  it('should refuse first outside 1–500 naming the argument', async () => {
    await expectBadInput('{ entities(first: 0) { totalCount } }', 'first');
    await expectBadInput('{ relations(first: 501) { totalCount } }', 'first');
    await expectBadInput('{ search(query: "a", first: 1000) { id } }', 'first');
  });

  it('should refuse depth outside 1–3 and an invalid cursor', async () => {
    await expectBadInput('{ neighborhood(id: "france", depth: 4) { nodes { id } } }', 'depth');
    await expectBadInput('{ neighborhood(id: "france", depth: 0) { nodes { id } } }', 'depth');
    await expectBadInput('{ entities(after: "not-a-cursor") { totalCount } }', 'after');
  });

  it('should refuse a query deeper than the limit before executing it', async () => {
    const deep = '{ entity(id: "france") { relations { source { relations { source { relations { source { relations { source { relations { id } } } } } } } } } } }';
    const { status, errors, data } = await gql(deep);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should refuse a query over the cost budget before executing it', async () => {
    const wide = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: entities(first: 500) { nodes { relations { evidence { article { mentions { entity { relations { id } } } } } } } }`).join(' ')} }`;
    const { errors, data } = await gql(wide);
    expect(data).toBeUndefined();
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should reject unknown enum values and fields with typed errors and no stack traces', async () => {
    const { errors } = await gql('{ relations(type: ADMIRES) { totalCount } }');
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
