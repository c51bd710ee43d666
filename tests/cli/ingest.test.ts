import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFromDataDir, createKnowledgeGraph, getEntity } from '@/graph';
import { ingestArticles } from '@/graph/extract/ingest';
import { readArticleFile } from '@/graph/extract/input';
import { copyData, run, treeHash, ROOT } from './helpers';

const HELD_OUT = join(ROOT, 'data', 'eval', 'held-out', 'articles');
const NEW_ARTICLE = join(HELD_OUT, 'canada-weighs-air-support.md');
let scratch: ReturnType<typeof copyData>;
beforeEach(() => (scratch = copyData()));
afterEach(() => scratch.cleanup());

const loadGraph = (data: string) => createKnowledgeGraph(JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8')));

describe('npm run ingest', { timeout: 60_000 }, () => {
  it('should add the article, its extraction and a rebuilt graph that shows the new entities', () => {
    const { code, stdout, stderr } = run('ingest.ts', [NEW_ARTICLE, '--data', scratch.data]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ingested 1 article/);
    expect(stderr).toMatch(/1\/1 articles \([\d.]+ articles\/s\)/);
    expect(existsSync(join(scratch.data, 'articles', 'canada-weighs-air-support.md'))).toBe(true);
    expect(existsSync(join(scratch.data, 'extracted', 'canada-weighs-air-support.yaml'))).toBe(true);
    const kg = loadGraph(scratch.data);
    expect(getEntity(kg, 'mark-carney')?.name).toBe('Mark Carney');
    // Known entities keep their curated ids: the new article's Starmer is the catalog's Starmer.
    expect(getEntity(kg, 'keir-starmer')).toBeDefined();
    // The committed graph.json is exactly what a rebuild from the data directory gives.
    expect(kg.store.order).toBe(buildFromDataDir(scratch.data).order);
  });

  it('should change nothing when the same article is ingested again', () => {
    run('ingest.ts', [NEW_ARTICLE, '--data', scratch.data]);
    const before = treeHash(scratch.data);
    const again = run('ingest.ts', [NEW_ARTICLE, '--data', scratch.data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed/);
    expect(treeHash(scratch.data)).toBe(before);
  });

  it('should ingest many files in one go and report progress for each', () => {
    const files = ['canada-weighs-air-support.md', 'nordic-leaders-back-reassurance-force.md', 'turkey-offers-black-sea-role.md'].map((f) => join(HELD_OUT, f));
    const { code, stderr } = run('ingest.ts', [...files, '--data', scratch.data]);
    expect(code).toBe(0);
    expect(stderr.match(/\d\/3 articles/g)).toEqual(['1/3 articles', '2/3 articles', '3/3 articles']);
    expect(getEntity(loadGraph(scratch.data), 'jonas-gahr-store')).toBeDefined();
  });

  const bad: Array<[string, (path: string) => void, RegExp]> = [
    ['an empty file', (p) => writeFileSync(p, ''), /empty/],
    ['a whitespace-only file', (p) => writeFileSync(p, '  \n\n'), /empty/],
    ['a binary file', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['a non-UTF-8 file', (p) => writeFileSync(p, Buffer.from('Caf\xe9 au lait\nLe texte', 'latin1')), /not valid UTF-8/],
    ['a file over 1 MB', (p) => writeFileSync(p, `Title\n${'word '.repeat(220_000)}`), /over 1 MB/],
  ];
  for (const [what, make, message] of bad) {
    it(`should refuse ${what} with a clear message, a non-zero exit and data/ unchanged`, () => {
      const file = join(scratch.dir, 'bad.txt');
      make(file);
      const before = treeHash(scratch.data);
      // A good article before the bad one must not be ingested either.
      const { code, stderr } = run('ingest.ts', [NEW_ARTICLE, file, '--data', scratch.data]);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('bad.txt');
      expect(treeHash(scratch.data)).toBe(before);
    });
  }

  it('should leave data/ byte-for-byte as before when writing fails part-way', () => {
    const before = treeHash(scratch.data);
    const article = readArticleFile(NEW_ARTICLE);
    expect(() => ingestArticles([article], scratch.data, { failAfter: 2 })).toThrow(/simulated failure/);
    expect(treeHash(scratch.data)).toBe(before);
  });

  it('should refuse an article whose id exists with different text', () => {
    const file = join(scratch.dir, 'clash.md');
    writeFileSync(file, `---\nid: canada-weighs-air-support\ntitle: Something else\n---\nA different text.\n`);
    run('ingest.ts', [NEW_ARTICLE, '--data', scratch.data]);
    const before = treeHash(scratch.data);
    const { code, stderr } = run('ingest.ts', [file, '--data', scratch.data]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/already exists with different text/);
    expect(treeHash(scratch.data)).toBe(before);
  });
});
