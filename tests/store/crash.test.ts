// kill -9 at any instant leaves the store consistent, loses nothing acknowledged, and the next ingest succeeds:
// ingests killed after random delays, and killed by a test hook between the statements of their transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getArticle, relationAt } from '@/graph';
import { scratchStore, type ScratchStore } from '../support/store';
import { article, cli, cliAsync, storedGraph } from './helpers';

let store: ScratchStore;
let folder: string;
const ARTICLES = 12;
beforeAll(async () => {
  store = await scratchStore();
  folder = join(store.dir, 'incoming');
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i++) writeFileSync(join(folder, `a${String(i).padStart(2, '0')}.md`), article(i, `Round ${i}.`));
});
afterAll(() => store.cleanup());

/** Every relation's evidence is the article's text at its offsets, and both ends exist (the snapshot checks that too). */
async function expectConsistent() {
  const kg = await storedGraph(store);
  for (let e = 0; e < kg.store.size; e++) {
    for (const ev of relationAt(kg, e).evidence) expect(getArticle(kg, ev.article)!.text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  return kg;
}

describe('crashes', { timeout: 1_200_000 }, () => {
  it('should keep every acknowledged article through kill -9 at random moments', async () => {
    const acknowledged = new Set<string>();
    // Deterministic "random" delays, spread over the start-up, the import and the ingests.
    const delays = [500, 2000, 3500, 5000, 7000];
    for (const delay of delays) {
      const run = cliAsync('ingest.ts', [folder], store);
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      const result = await run.done;
      for (const m of result.stdout.matchAll(/^ingested (test-article-\d+):/gm)) acknowledged.add(m[1]);
      const kg = await expectConsistent();
      for (const id of acknowledged) expect(getArticle(kg, id), `${id} was acknowledged before the kill`).not.toBeNull();
    }
    const final = cli('ingest.ts', [folder], store);
    expect(final.code, final.stderr).toBe(0);
    const kg = await expectConsistent();
    for (let i = 0; i < ARTICLES; i++) expect(getArticle(kg, `test-article-${i}`)).not.toBeNull();
  });

  it('should leave nothing of an ingest killed between the statements of its transaction', async () => {
    const file = join(store.dir, 'hooked.md');
    writeFileSync(file, article(500, 'Hooked.'));
    for (const statements of [2, 5, 9]) {
      const killed = cli('ingest.ts', [file], store, { INGEST_CRASH_AFTER_STATEMENTS: String(statements) });
      // Killed mid-transaction (tsx reports its child's SIGKILL as a failed exit).
      expect(killed.signal ?? killed.code).not.toBe(0);
      expect(killed.stdout).not.toMatch(/ingested test-article-500/);
      const kg = await expectConsistent();
      expect(getArticle(kg, 'test-article-500')).toBeNull();
    }
    const ok = cli('ingest.ts', [file], store);
    expect(ok.code, ok.stderr).toBe(0);
    expect(getArticle(await expectConsistent(), 'test-article-500')).not.toBeNull();
  });
});
