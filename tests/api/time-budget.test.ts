// A request that runs past its execution budget is aborted with one TIMEOUT error (503) and the server keeps
// answering. A second `next start` serves a synthetic graph with a 1 ms budget (GRAPHQL_TIME_BUDGET_MS), so a query
// touching thousands of relations reliably runs out of time while one that runs no resolver does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeGraph } from '@/graph';
import { generateSynthetic } from '@/graph/synthetic';
import { startNextServer, type NextServer } from '../support/next-server';
import { gql } from '../support/graphql';

// Within every pre-execution limit (list cost 500 × 50 × 4 = 100,000 fields), but thousands of resolver calls.
// Page sizes as variables, as clients send them: graphql-armor's structural cost multiplies literal ones only.
const HEAVY = 'query ($n: Int!, $m: Int!) { entities(first: $n) { nodes { id relations(first: $m) { id evidence { quote } } } } }';
const SIZES = { n: 500, m: 50 };

let scratch: string;
let server: NextServer | undefined;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'time-budget-'));
  const file = join(scratch, 'graph.json');
  writeFileSync(file, serializeGraph(generateSynthetic({ entities: 2000, relations: 10000, seed: 3 })));
  server = await startNextServer({ GRAPH_FILE: file, GRAPHQL_TIME_BUDGET_MS: '1' });
}, 90_000);

afterAll(() => {
  server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('execution time budget', { timeout: 60_000 }, () => {
  it('should abort a query past its budget with one TIMEOUT error and no partial data', async () => {
    const response = await gql(HEAVY, SIZES, server!.baseURL);
    expect(response.status).toBe(503);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('TIMEOUT');
    expect(response.errors![0].message).toMatch(/time budget of 1 ms/);
  });

  it('should keep answering while and after queries time out', async () => {
    const heavy = Array.from({ length: 6 }, () => gql(HEAVY, SIZES, server!.baseURL));
    const light = Array.from({ length: 6 }, () => gql('{ __typename }', undefined, server!.baseURL));
    const [heavyResponses, lightResponses] = await Promise.all([Promise.all(heavy), Promise.all(light)]);
    for (const r of heavyResponses) expect(r.errors?.[0].extensions?.code).toBe('TIMEOUT');
    for (const r of lightResponses) expect(r).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    expect(await gql('{ __typename }', undefined, server!.baseURL)).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });
});
