// Ingesting a new article makes its entities, relations and verbatim evidence appear at /api/graphql without a
// restart, and the API and pages keep answering correctly while the store is being written to: a second
// `next start` serves a scratch store, and the real ingest CLI writes into it (through the server's socket when
// the database is embedded, directly when it is a server).
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useStoreServer } from '../support/store-server';
import { gql } from '../support/graphql';
import { article, cliAsync } from '../store/helpers';

// Written for this test: actors and a proposal that neither the seeds, the catalog nor the eval sets contain.
const ARTICLE = `---
id: atlantic-patrol-proposal
title: Iceland and Portugal float an Atlantic patrol mission
outlet: Written for the ingest-to-API test (not a real report)
publishedAt: 2025-04-02
---
Icelandic Foreign Minister Sigrun Haraldsdottir proposed an Atlantic patrol mission to escort supply ships bound for Ukraine.
Portuguese Defence Minister Tiago Mendonca met with Haraldsdottir in Lisbon on Tuesday and said Portugal supports the Atlantic patrol mission.
`;
const QUOTE = 'Icelandic Foreign Minister Sigrun Haraldsdottir proposed an Atlantic patrol mission to escort supply ships bound for Ukraine.';

const ENTITY = `query ($id: ID!) {
  entity(id: $id) {
    id name type
    relations { type status source { id } target { id } evidence { quote start end article { id text } } }
  }
}`;

const server = useStoreServer();

const query = async (text: string, variables: Record<string, unknown> = {}) => {
  const response = await gql(text, variables, server.baseURL);
  expect(response.status).toBe(200);
  return response;
};

/** The read model follows the store by version, off the request path: wait until it serves what was written. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('ingest → /api/graphql', { timeout: 240_000 }, () => {
  it('should serve the new article\'s entities, relations and verbatim evidence after ingest, without a restart', async () => {
    const before = await query(ENTITY, { id: 'sigrun-haraldsdottir' });
    expect(before.errors).toBeUndefined();
    expect(before.data.entity).toBeNull();

    const file = join(server.store.dir, 'atlantic-patrol-proposal.md');
    writeFileSync(file, ARTICLE);
    // Not spawnSync: a blocking wait of seconds lets the server close the idle keep-alive socket the next fetch would reuse.
    const ingest = await cliAsync('ingest.ts', [file], server.store).done;
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/ingested atlantic-patrol-proposal/);

    const after = await eventually(() => query(ENTITY, { id: 'sigrun-haraldsdottir' }), (r) => r.data.entity !== null);
    expect(after.errors).toBeUndefined();
    const person = after.data.entity;
    expect(person).toMatchObject({ id: 'sigrun-haraldsdottir', name: 'Sigrun Haraldsdottir', type: 'PERSON' });
    const triples = person.relations.map((r: any) => `${r.type}:${r.source.id}:${r.target.id}`);
    expect(triples).toContain('PROPOSED:sigrun-haraldsdottir:atlantic-patrol-mission');
    expect(triples).toContain('REPRESENTS:sigrun-haraldsdottir:iceland');
    expect(triples.some((t: string) => t.startsWith('MET_WITH:') && t.includes('tiago-mendonca'))).toBe(true);
    for (const r of person.relations) expect(r.status).toBe('UNREVIEWED');

    const proposed = person.relations.find((r: any) => r.type === 'PROPOSED');
    const evidence = proposed.evidence[0];
    expect(evidence.article.id).toBe('atlantic-patrol-proposal');
    expect(evidence.quote).toBe(QUOTE);
    expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);

    const mission = await query(ENTITY, { id: 'atlantic-patrol-mission' });
    expect(mission.data.entity).toMatchObject({ type: 'PROPOSAL' });
    expect(mission.data.entity.relations.map((r: any) => `${r.type}:${r.source.id}`)).toContain('SUPPORTS:portugal');

    // The entity's page renders too (it did not exist when the server started).
    const page = await fetch(`${server.baseURL}/entities/sigrun-haraldsdottir`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Sigrun Haraldsdottir');
    const health = await (await fetch(`${server.baseURL}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: server.store.databaseUrl ? 'server' : 'embedded' });
  });

  it('should keep answering correctly, with counts that only grow, while 20 articles are being ingested', async () => {
    const folder = join(server.store.dir, 'batch');
    mkdirSync(folder);
    for (let i = 0; i < 20; i++) writeFileSync(join(folder, `a${i}.md`), article(1000 + i));
    const writer = cliAsync('ingest.ts', [folder], server.store);
    let finished = false;
    void writer.done.then(() => (finished = true));
    let lastArticles = 0;
    let rounds = 0;
    while (!finished || rounds < 3) {
      const stats = await query('{ stats { entities relations articles } }');
      expect(stats.errors).toBeUndefined();
      expect(stats.data.stats.articles).toBeGreaterThanOrEqual(lastArticles);
      lastArticles = stats.data.stats.articles;
      const page = await fetch(`${server.baseURL}/entities/keir-starmer`);
      expect(page.status).toBe(200);
      rounds++;
      if (finished) await new Promise((r) => setTimeout(r, 300));
    }
    const result = await writer.done;
    expect(result.code, result.stderr).toBe(0);
    const done = await eventually(() => query('{ stats { articles } }'), (r) => r.data.stats.articles >= 26);
    expect(done.data.stats.articles).toBe(26);
  });
});
