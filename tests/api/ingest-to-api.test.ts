// Ingesting a new article makes its entities, relations and verbatim evidence appear at /api/graphql without a
// restart: a second `next start` (the global setup's build) serves a scratch copy of data/ via GRAPH_FILE/DATA_DIR,
// the real ingest CLI writes into that copy, and the same server answers with the new actors over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startNextServer, type NextServer } from '../support/next-server';
import { gql } from '../support/graphql';


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

let scratch: string;
let data: string;
let server: NextServer | undefined;
let baseURL: string;

const query = async (text: string, variables: Record<string, unknown>) => {
  const response = await gql(text, variables, baseURL);
  expect(response.status).toBe(200);
  return response;
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ingest-api-'));
  data = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true, filter: (src) => !src.includes(join('data', 'eval')) });
  server = await startNextServer({ GRAPH_FILE: join(data, 'graph.json'), DATA_DIR: data });
  baseURL = server.baseURL;
}, 90_000);

afterAll(() => {
  server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('ingest → /api/graphql', { timeout: 90_000 }, () => {
  it('should serve the new article\'s entities, relations and verbatim evidence after ingest, without a restart', async () => {
    const before = await query(ENTITY, { id: 'sigrun-haraldsdottir' });
    expect(before.errors).toBeUndefined();
    expect(before.data.entity).toBeNull();

    const file = join(scratch, 'atlantic-patrol-proposal.md');
    writeFileSync(file, ARTICLE);
    const ingest = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'ingest.ts'), file, '--data', data], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/ingested 1 article/);

    const after = await query(ENTITY, { id: 'sigrun-haraldsdottir' });
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
    const mission = await query(ENTITY, { id: 'atlantic-patrol-mission' });
    expect(mission.data.entity).toMatchObject({ type: 'PROPOSAL' });
    expect(mission.data.entity.relations.map((r: any) => `${r.type}:${r.source.id}`)).toContain('SUPPORTS:portugal');
  });
});
