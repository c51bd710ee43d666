// npm run ingest into the store (embedded, or the server when DATABASE_URL is set): what a user sees and what the
// store then holds, read back through the store's own snapshot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityMentions, entityRelations, getArticle, getEntity } from '@/graph';
import { scratchStore, ROOT, type ScratchStore } from '../support/store';
import { cli, storedGraph } from './helpers';

const HELD_OUT = join(ROOT, 'data', 'eval', 'held-out', 'articles');
const NEW_ARTICLE = join(HELD_OUT, 'canada-weighs-air-support.md');
let store: ScratchStore;
beforeEach(async () => (store = await scratchStore()));
afterEach(() => store.cleanup());

describe('npm run ingest', { timeout: 600_000 }, () => {
  it('should store the article with its new entities and verbatim evidence, curated ids kept', async () => {
    const { code, stdout, stderr } = cli('ingest.ts', [NEW_ARTICLE], store);
    expect(stderr).toMatch(/1\/1 articles \([\d.]+ articles\/s\)/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ingested canada-weighs-air-support/);
    const kg = await storedGraph(store);
    const article = getArticle(kg, 'canada-weighs-air-support')!;
    expect(article.title).toMatch(/Canada/);
    expect(getEntity(kg, 'mark-carney')?.name).toBe('Mark Carney');
    const relations = entityRelations(kg, 'mark-carney');
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) {
      expect(r.status).toBe('UNREVIEWED');
      for (const e of r.evidence) expect(getArticle(kg, e.article)!.text.slice(e.start, e.end)).toBe(e.quote);
    }
    // Known entities keep their curated ids and status.
    expect(getEntity(kg, 'keir-starmer')).toBeDefined();
    expect(entityRelations(kg, 'keir-starmer').some((r) => r.status === undefined || r.status === 'CURATED')).toBe(true);
  });

  it('should change nothing when the same article is ingested again', async () => {
    expect(cli('ingest.ts', [NEW_ARTICLE], store).code).toBe(0);
    const before = JSON.stringify((await storedGraph(store)).store.ids);
    const again = cli('ingest.ts', [NEW_ARTICLE], store);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed/);
    expect(JSON.stringify((await storedGraph(store)).store.ids)).toBe(before);
  });

  it('should ingest a folder, reporting progress for each article', async () => {
    const { code, stderr } = cli('ingest.ts', [HELD_OUT], store);
    expect(code).toBe(0);
    expect(stderr.match(/\d\/3 articles/g)).toEqual(['1/3 articles', '2/3 articles', '3/3 articles']);
    expect(getEntity(await storedGraph(store), 'jonas-gahr-store')).toBeDefined();
  });

  const bad: Array<[string, (path: string) => void, RegExp]> = [
    ['an empty file', (p) => writeFileSync(p, ''), /empty/],
    ['a binary file', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['a non-UTF-8 file', (p) => writeFileSync(p, Buffer.from('Caf\xe9 au lait\nLe texte', 'latin1')), /not valid UTF-8/],
    ['a file over 1 MB', (p) => writeFileSync(p, `Title\n${'word '.repeat(220_000)}`), /over 1 MB/],
    ['a non-http url', (p) => writeFileSync(p, '---\ntitle: A title\nurl: javascript:alert(1)\n---\nSome text.\n'), /http\(s\)/],
  ];
  for (const [what, make, message] of bad) {
    it(`should refuse ${what}, naming the file, and store nothing (not even the good article before it)`, async () => {
      const file = join(store.dir, 'bad.txt');
      make(file);
      const { code, stderr } = cli('ingest.ts', [NEW_ARTICLE, file], store);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('bad.txt');
      expect(getArticle(await storedGraph(store), 'canada-weighs-air-support')).toBeNull();
    });
  }

  it('should refuse a symlink in a folder that points outside it', async () => {
    const folder = join(store.dir, 'incoming');
    mkdirSync(folder);
    writeFileSync(join(store.dir, 'secret.txt'), 'Secret title\nNot for ingest.\n');
    symlinkSync(join(store.dir, 'secret.txt'), join(folder, 'link.txt'));
    const { code, stderr } = cli('ingest.ts', [folder], store);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/link\.txt: a symlink that points outside the folder is refused/);
  });

  it('should refuse an article whose id exists with different text, and keep the first', async () => {
    const file = join(store.dir, 'clash.md');
    writeFileSync(file, `---\nid: canada-weighs-air-support\ntitle: Something else\n---\nA different text.\n`);
    expect(cli('ingest.ts', [NEW_ARTICLE], store).code).toBe(0);
    const { code, stderr } = cli('ingest.ts', [file], store);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/already exists with different text/);
    expect(getArticle(await storedGraph(store), 'canada-weighs-air-support')!.title).toMatch(/Canada/);
  });

  it('should give articles with any title an id: transliterated, or hashed when nothing is left', async () => {
    const titles = ['Støre backs the force', 'Łukaszenka warns Warsaw', 'Зеленский о миротворцах', '?!…'];
    const files = titles.map((title, i) => {
      const file = join(store.dir, `t${i}.txt`);
      writeFileSync(file, `${title}\nKeir Starmer said the UK supports the European peacekeeping force (${i}).\n`);
      return file;
    });
    const { code, stdout } = cli('ingest.ts', files, store);
    expect(code).toBe(0);
    const ids = [...stdout.matchAll(/ingested ([^:\s]+):/g)].map((m) => m[1]);
    expect(ids.slice(0, 3)).toEqual(['store-backs-the-force', 'lukaszenka-warns-warsaw', 'zelenskiy-o-mirotvortsakh']);
    expect(ids[3]).toMatch(/^article-[0-9a-f]{12}$/);
  });

  it('should find a newly named entity in the articles stored before it (through the index, not a rescan)', async () => {
    // An older article names someone nobody has extracted yet: the seed import takes only curated entities.
    writeFileSync(join(store.dataDir, 'articles', 'older-brief.md'), `---\nid: older-brief\ntitle: An older brief\npublishedAt: 2025-02-01\n---\nAn older brief\n\nDiplomats in Brussels said Ilse Marrowitz had been asked to draft the options paper.\n`);
    expect(cli('ingest.ts', [NEW_ARTICLE], store).code).toBe(0);
    expect(entityMentions(await storedGraph(store), 'ilse-marrowitz')).toEqual([]);
    const later = join(store.dir, 'later.md');
    writeFileSync(later, `---\ntitle: Marrowitz sets out the options\npublishedAt: 2025-03-01\n---\nMarrowitz sets out the options\n\nIlse Marrowitz, the European Union's envoy, said the bloc supports a European peacekeeping force for Ukraine.\n`);
    const { code } = cli('ingest.ts', [later], store);
    expect(code).toBe(0);
    const kg = await storedGraph(store);
    expect(getEntity(kg, 'ilse-marrowitz')?.name).toBe('Ilse Marrowitz');
    const mentions = entityMentions(kg, 'ilse-marrowitz');
    const older = mentions.find((m) => m.article === 'older-brief');
    expect(older).toBeDefined();
    expect(getArticle(kg, 'older-brief')!.text.slice(older!.start, older!.end)).toBe('Ilse Marrowitz');
    expect(mentions.some((m) => m.article === 'marrowitz-sets-out-the-options')).toBe(true);
  });

  it('should name a seed file that breaks the model in one line, without a stack trace', async () => {
    writeFileSync(join(store.dataDir, 'articles', 'misnamed.md'), '---\ntitle: A misnamed article\n---\nA misnamed article\n\nText.\n');
    const { code, stderr } = cli('ingest.ts', [NEW_ARTICLE], store);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('ingest failed, nothing written: misnamed.md: its id is "a-misnamed-article"; the file must be named a-misnamed-article.md');
  });
});
