import { afterAll, describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { copyData, run, treeHash, ROOT } from './helpers';

const SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '001_e0cffa5993ca68cf.txt');
const scratch = copyData();
afterAll(() => scratch.cleanup());

describe('npm run extract', { timeout: 60_000 }, () => {
  it('should find the seed’s actors and the European force from the text alone, with verbatim evidence', () => {
    const before = treeHash(scratch.data);
    const { code, stdout } = run('extract.ts', [SEED, '--no-catalog', '--data', scratch.data]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const ids = out.entities.map((e: { id: string }) => e.id);
    for (const id of ['keir-starmer', 'volodymyr-zelenskyy', 'pete-hegseth', 'andrii-sybiha', 'united-kingdom', 'france', 'european-peacekeeping-force']) expect(ids).toContain(id);
    expect(ids.some((id: string) => id.startsWith('hanno-pevk'))).toBe(true);
    const triples = out.relations.map((r: { type: string; source: string; target: string }) => `${r.type}:${r.source}:${r.target}`);
    expect(triples).toEqual(expect.arrayContaining(['SUPPORTS:united-kingdom:european-peacekeeping-force', 'SUPPORTS:france:european-peacekeeping-force', 'REPRESENTS:keir-starmer:united-kingdom', 'OPPOSES:pete-hegseth:us-troops-in-ukraine', 'SUPPORTS:andrii-sybiha:us-backstop']));
    for (const r of out.relations) {
      expect(ids).toContain(r.source);
      expect(ids).toContain(r.target);
      for (const e of r.evidence) expect(e.end - e.start).toBe(e.quote.length);
    }
    expect(out.articles).toEqual([{ id: 'group-of-european-countries-quietly-drafting-plan-to-deploy-troops-to', title: 'Group of European countries quietly drafting plan to deploy troops to Ukraine' }]);
    expect(treeHash(scratch.data)).toBe(before);
  });

  it('should resolve against the catalog unless --no-catalog is given', () => {
    const { stdout } = run('extract.ts', [SEED, '--data', scratch.data]);
    const ids = JSON.parse(stdout).entities.map((e: { id: string }) => e.id);
    expect(ids).toContain('european-force');
    expect(ids).toContain('hanno-pevkur');
  });

  it('should refuse a missing file with a clear message and a non-zero exit', () => {
    const { code, stderr } = run('extract.ts', [join(scratch.dir, 'nope.md')]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/nope\.md: cannot be read/);
  });
});
