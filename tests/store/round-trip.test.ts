// The curated seed is reviewable text and nothing is locked in: import → export writes back the same bytes, and the
// committed data/graph.json is exactly what the export of the seed gives (run `npm run export` when this fails).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { scratchStore, ROOT, type ScratchStore } from '../support/store';
import { cli } from './helpers';

let store: ScratchStore;
beforeAll(async () => (store = await scratchStore()));
afterAll(() => store.cleanup());

const files = (dir: string) => readdirSync(dir).sort();
/** Compared by hash: a failure names the file without printing a megabyte of JSON. */
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('import → export', { timeout: 600_000 }, () => {
  it('should write the seed back byte for byte, and the committed graph.json', async () => {
    const { code, stdout, stderr } = cli('export.ts', [], store);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/exported: 1 file\(s\) written/); // graph.json, which the scratch copy did not have
    for (const part of ['articles', 'catalog']) {
      expect(files(join(store.dataDir, part))).toEqual(files(join(ROOT, 'data', part)));
      for (const f of files(join(ROOT, 'data', part))) expect(digest(join(store.dataDir, part, f)), f).toBe(digest(join(ROOT, 'data', part, f)));
    }
    expect(digest(join(store.dataDir, 'graph.json')), 'data/graph.json is stale: run npm run export').toBe(digest(join(ROOT, 'data', 'graph.json')));
    const again = cli('export.ts', [], store);
    expect(again.stdout).toMatch(/exported: 0 file\(s\) written/);
  });
});
