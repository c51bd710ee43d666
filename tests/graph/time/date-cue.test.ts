// The cue that lets a paragraph skip chrono must never hide a date chrono would read: checked on every paragraph of
// every article the project holds (seeds and every evaluation set's dev articles) and on sentences written here.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DATE_CUE } from '../../../graph/time/stated-at';
import { isRealisticTest } from '../../../scripts/realistic-split';

const ROOT = join(import.meta.dirname, '../../..');
const dirs = [join(ROOT, 'data/articles'), ...readdirSync(join(ROOT, 'data/eval')).map((d) => join(ROOT, 'data/eval', d, 'articles')).filter(existsSync)];
const paragraphs = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.md') && !(d.includes('/realistic/') && isRealisticTest(f)))
    .flatMap((f) => readFileSync(join(d, f), 'utf8').split('\n').filter((p) => p.trim())),
);
// What chrono reads, less its one misreading the date code drops anyway ("a deal that lasts": "last s(econd)").
const reads = (text: string) => chrono.en.casual.parse(text, { instant: new Date('2025-03-05T12:00:00Z'), timezone: 0 }, { forwardDate: false }).some((r) => !/^(?:this|last|past|next)\p{L}+$/iu.test(r.text));

describe('DATE_CUE', () => {
  it('is in every paragraph of the corpus where chrono reads a date', () => {
    expect(paragraphs.length).toBeGreaterThan(500);
    const hidden = paragraphs.filter((p) => !DATE_CUE.test(p) && reads(p));
    expect(hidden).toEqual([]);
  });

  it('lets through the ways news dates things, and skips paragraphs with none', () => {
    for (const dated of ['He spoke on Tuesday.', 'Talks resume tonight.', 'She said so yesterday.', 'It came a fortnight ago.', 'In early March, …', 'Two days later he left.', 'Last night the PM said …', 'on 17/2', 'at noon', 'this morning'])
      expect(DATE_CUE.test(dated), dated).toBe(true);
    // Parts of words are not cues: "minister", "security", "monitor", "sunk", "decision", "mandate".
    for (const undated of [
      'Britain and France said a European force would need an American backstop, and Poland ruled out sending troops.',
      'The defence minister said security guarantees and a monitoring mission were a decision for the mandate holders.',
    ]) {
      expect(reads(undated), undated).toBe(false);
      expect(DATE_CUE.test(undated), undated).toBe(false);
    }
  });
});
