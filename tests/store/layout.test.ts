// New entities are placed beside their neighbours at ingest (no relayout in the ingest path); `npm run layout`
// runs the full ForceAtlas2 relayout as a job of its own and writes every position back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { neighborhood } from '@/graph';
import { scratchStore, ROOT, type ScratchStore } from '../support/store';
import { seedGraph } from '../support/fixtures';
import { cli, storedGraph } from './helpers';

let store: ScratchStore;
beforeAll(async () => (store = await scratchStore()));
afterAll(() => store.cleanup());

const position = (kg: Awaited<ReturnType<typeof storedGraph>>, id: string) => {
  const n = kg.store.nodeNumber(id)!;
  return { x: kg.store.xs[n], y: kg.store.ys[n] };
};

describe('layout', { timeout: 600_000 }, () => {
  it('should place a new entity near its neighbours, and relayout everything on demand', async () => {
    expect(cli('ingest.ts', [join(ROOT, 'data', 'eval', 'held-out', 'articles', 'canada-weighs-air-support.md')], store).code).toBe(0);
    const before = await storedGraph(store);
    const carney = position(before, 'mark-carney');
    // Placed from the neighbours the store already held (others came with the same article and are placed alike).
    const seed = new Set(seedGraph().store.ids);
    const neighbours = neighborhood(before, 'mark-carney', 1).nodes.filter((n) => n.id !== 'mark-carney' && seed.has(n.id)).map((n) => position(before, n.id));
    expect(neighbours.length).toBeGreaterThan(0);
    const centre = { x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length, y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length };
    const xs = Array.from(before.store.xs);
    const spread = Math.max(...xs) - Math.min(...xs);
    expect(Math.hypot(carney.x - centre.x, carney.y - centre.y)).toBeLessThan(spread / 10);

    const { code, stdout, stderr } = cli('layout.ts', [], store);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(new RegExp(`laid out ${before.store.order} entities`));
    const after = await storedGraph(store);
    expect(position(after, 'mark-carney')).not.toEqual(carney);
    for (let n = 0; n < after.store.order; n++) expect(Number.isFinite(after.store.xs[n]) && Number.isFinite(after.store.ys[n])).toBe(true);
  });
});
