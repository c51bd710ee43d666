// The full layout runs as a background job, never in the ingest path: an ingest only places its new entities and
// counts them; once enough wait and the store is quiet, the serving process lays out the whole graph in a child
// process that writes the positions back through it (the embedded database's owner) or the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '@/graph/corpus';
import { ingestArticles } from '@/graph/store/ingest';
import { ReadModel } from '@/graph/store/read-model';
import { relayoutPolicy } from '@/graph/store/relayout-job';
import { scratchStore, ROOT, type ScratchStore } from '../support/store';

let store: ScratchStore;
let model: ReadModel;
beforeAll(async () => {
  store = await scratchStore();
  model = new ReadModel({ dataDir: store.dataDir, databaseUrl: store.databaseUrl }, { after: 3, quietMs: 200 });
});
afterAll(async () => {
  await model.stop();
  await store.cleanup();
});

const article = (file: string) => parseArticle(readFileSync(join(ROOT, 'data', 'eval', 'held-out', 'articles', file), 'utf8'), file);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('background relayout', { timeout: 600_000 }, () => {
  it('should count placed entities at ingest, then lay out the whole graph in the background and reset the count', async () => {
    const start = await model.status();
    expect(start.placedSinceLayout).toBe(0);
    const db = model.database!;
    const [result] = await ingestArticles(db, [article('canada-weighs-air-support.md')], 'test');
    expect(result.entities).toBeGreaterThanOrEqual(3);
    await model.refreshNow();
    const placed = (await db.query<{ id: string; x: number; y: number }>("SELECT id, x, y FROM entities WHERE origin = 'EXTRACTED' ORDER BY id"));
    // The ingest returned with its entities placed and counted, before any layout ran.
    const [{ n: layoutsBefore }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM history WHERE action = 'RELAYOUT'");
    expect(layoutsBefore).toBe(0);

    const after = await until(() => model.status(), (s) => s.placedSinceLayout === 0 && !s.relayoutRunning);
    expect(after.version).toBeGreaterThan(start.version);
    const layouts = await db.query<{ actor: string; after: { entities: number } }>("SELECT actor, after FROM history WHERE action = 'RELAYOUT'");
    expect(layouts).toEqual([{ actor: 'job:relayout', after: { entities: after.entities } }]);
    const moved = await db.query<{ id: string; x: number; y: number }>("SELECT id, x, y FROM entities WHERE origin = 'EXTRACTED' ORDER BY id");
    expect(moved.map((e) => e.id)).toEqual(placed.map((e) => e.id));
    expect(moved).not.toEqual(placed);
    // The served graph has the new positions.
    const kg = await model.graph();
    const n = kg.store.nodeNumber(moved[0].id)!;
    expect([kg.store.xs[n], kg.store.ys[n]]).toEqual([moved[0].x, moved[0].y]);
  });

  it('should read its settings from the environment, refusing a bad value with a message', () => {
    expect(relayoutPolicy({})).toEqual({ after: 25, quietMs: 10_000 });
    expect(relayoutPolicy({ RELAYOUT_AFTER: 'off' })).toBeUndefined();
    expect(() => relayoutPolicy({ RELAYOUT_AFTER: 'many' })).toThrow(/RELAYOUT_AFTER must be a positive whole number or "off"/);
  });
});
