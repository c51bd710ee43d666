// Any number of simultaneous writers succeed, and nothing acknowledged is lost: 4 ingest CLIs × 25 articles at once
// on one store (embedded: one owns it, the others go through its socket and take over when it exits).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getArticle } from '@/graph';
import { openServer } from '@/graph/store/driver';
import { migrate } from '@/graph/store/migrate';
import { scratchStore, type ScratchStore } from '../support/store';
import { article, cliAsync, storedGraph } from './helpers';

let store: ScratchStore;
beforeAll(async () => (store = await scratchStore()));
afterAll(() => store.cleanup());

describe('concurrent ingests', { timeout: 900_000 }, () => {
  it('should store every article that any of 4 simultaneous writers acknowledged: all 100', async () => {
    const writers = [0, 1, 2, 3].map((w) => {
      const folder = join(store.dir, `writer-${w}`);
      mkdirSync(folder);
      for (let i = 0; i < 25; i++) writeFileSync(join(folder, `a${i}.md`), article(w * 25 + i));
      return cliAsync('ingest.ts', [folder], store);
    });
    const results = await Promise.all(writers.map((w) => w.done));
    const acknowledged = results.flatMap((r) => [...r.stdout.matchAll(/^ingested (test-article-\d+):/gm)].map((m) => m[1]));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(new Set(acknowledged).size).toBe(100);
    const kg = await storedGraph(store);
    for (const id of acknowledged) expect(getArticle(kg, id), id).not.toBeNull();
  });

  // Server mode only (an embedded database has one owner process): every process that opens a server migrates it.
  it.skipIf(!process.env.DATABASE_URL)('should let 8 clients open one fresh server database at once, each migrating it (as 8 processes do)', async () => {
    const fresh = await scratchStore();
    const opened = await Promise.all(Array.from({ length: 8 }, () => openServer(fresh.databaseUrl!)));
    try {
      const outcomes = await Promise.allSettled(opened.map((db) => migrate(db)));
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
      const applied = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []));
      const recorded = await opened[0].query<{ name: string }>('SELECT name FROM schema_migrations');
      expect(applied.sort()).toEqual(recorded.map((r) => r.name).sort());
    } finally {
      await Promise.all(opened.map((db) => db.close()));
      await fresh.cleanup();
    }
  });
});
