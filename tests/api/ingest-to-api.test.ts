// Ingesting a new article makes its entities, relations and verbatim evidence appear at /api/graphql without a
// restart: a second `next start` (the global setup's build) serves a scratch copy of data/ via GRAPH_FILE/DATA_DIR,
// the real ingest CLI writes into that copy, and the same server answers with the new actors over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-test';

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
    relations { type source { id } target { id } evidence { quote start end article { id text } } }
  }
}`;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

let scratch: string;
let data: string;
let server: ChildProcess | undefined;
let baseURL: string;
let log = '';

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${baseURL}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ingest-api-'));
  data = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true, filter: (src) => !src.includes(join('data', 'eval')) });
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', GRAPH_FILE: join(data, 'graph.json'), DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`second next start exited with ${server.exitCode}\n${log}`);
    try {
      if ((await fetch(`${baseURL}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`second next start did not answer within 60 s\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 90_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('ingest → /api/graphql', { timeout: 90_000 }, () => {
  it('should serve the new article\'s entities, relations and verbatim evidence after ingest, without a restart', async () => {
    const before = await gql(ENTITY, { id: 'sigrun-haraldsdottir' });
    expect(before.errors).toBeUndefined();
    expect(before.data.entity).toBeNull();

    const file = join(scratch, 'atlantic-patrol-proposal.md');
    writeFileSync(file, ARTICLE);
    const ingest = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'ingest.ts'), file, '--data', data], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/ingested 1 article/);

    const after = await gql(ENTITY, { id: 'sigrun-haraldsdottir' });
    expect(after.errors).toBeUndefined();
    const person = after.data.entity;
    expect(person).toMatchObject({ id: 'sigrun-haraldsdottir', name: 'Sigrun Haraldsdottir', type: 'PERSON' });
    const triples = person.relations.map((r: any) => `${r.type}:${r.source.id}:${r.target.id}`);
    expect(triples).toContain('PROPOSED:sigrun-haraldsdottir:atlantic-patrol-mission');
    expect(triples).toContain('REPRESENTS:sigrun-haraldsdottir:iceland');
    expect(triples.some((t: string) => t.startsWith('MET_WITH:') && t.includes('tiago-mendonca'))).toBe(true);

    const proposed = person.relations.find((r: any) => r.type === 'PROPOSED');
    const evidence = proposed.evidence[0];
    expect(evidence.article.id).toBe('atlantic-patrol-proposal');
    expect(evidence.quote).toBe(QUOTE);
    expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);

    // The proposal is an entity of its own, with the second actor's support.
    const mission = await gql(ENTITY, { id: 'atlantic-patrol-mission' });
    expect(mission.data.entity).toMatchObject({ type: 'PROPOSAL' });
    expect(mission.data.entity.relations.map((r: any) => `${r.type}:${r.source.id}`)).toContain('SUPPORTS:portugal');
  });
});
