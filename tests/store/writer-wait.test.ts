// A CLI that writes through another process's socket takes the store over when that owner leaves, however long it has
// been running: its wait for the next owner starts when it finds the owner gone, not when it opened the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWriter, ownDatabase } from '@/graph/store/writer';
import { scratchStore, type ScratchStore } from '../support/store';

let store: ScratchStore;
beforeAll(async () => (store = await scratchStore()));
afterAll(() => store.cleanup());

// Embedded only: a server database has no owner process.
describe.skipIf(!!process.env.DATABASE_URL)('a writer going through the owner', { timeout: 180_000 }, () => {
  it('should take over from an owner that leaves after longer than the writer would wait for one', async () => {
    const options = { dataDir: store.dataDir };
    const owner = (await ownDatabase(options))!;
    const writer = await openWriter(options, 1_000);
    try {
      expect(writer.local).toBe(false);
      const through = await writer.call('layoutInput', {});
      await new Promise((r) => setTimeout(r, 2_000));
      await owner.release();
      const taken = await writer.call('layoutInput', {});
      expect(writer.local).toBe(true);
      expect(taken).toEqual(through);
    } finally {
      await writer.close();
    }
  });
});
