// When the graph cannot be loaded (here: a catalog claim whose quote is not in its article, so the seed import
// fails), clients get a typed 503 and nothing internal: no file path, no parser or database message.
import { describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { useStoreServer } from '../support/store-server';
import { gql } from '../support/graphql';

const server = useStoreServer({
  prepare(store) {
    appendFileSync(join(store.dataDir, 'catalog', 'claims.yaml'), '- type: SUPPORTS\n  source: keir-starmer\n  target: european-force\n  evidence:\n    - article: europe-comes-to-the-table\n      quote: A sentence that is not in the article.\n');
  },
});

describe('a store that cannot be loaded', { timeout: 120_000 }, () => {
  it('should answer GraphQL with a typed 503 that names nothing internal', async () => {
    const response = await gql('{ stats { entities } }', {}, server.baseURL);
    expect(response.status).toBe(503);
    expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const text = JSON.stringify(response);
    for (const leak of [server.store.dir, 'claims.yaml', 'quote not found', 'DataError', 'ENOENT']) expect(text).not.toContain(leak);
  });

  it('should say so at /api/health, and leak nothing on the pages', async () => {
    const health = await fetch(`${server.baseURL}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });
    const page = await fetch(`${server.baseURL}/entities/keir-starmer`);
    expect(page.status).toBeGreaterThanOrEqual(500);
    const html = await page.text();
    for (const leak of [server.store.dir, 'claims.yaml', 'quote not found']) expect(html).not.toContain(leak);
  });
});
