// Speed work that must not change what is extracted: a pattern's word gate never turns away a sentence the pattern
// matches; dates read from an equal text held in another string are the same dates.
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '@/graph/extract/triggers';
import { CONCEPTS } from '@/graph/extract/proposals';
import { matchesOf } from '@/graph/match-all';
import { statedAt } from '@/graph/time/stated-at';

// Sentences written for this test, each meant to match one gated pattern (and any others it happens to).
const SENTENCES = [
  'The two leaders held lengthy talks on Tuesday.',
  'They shook hands before the cameras.',
  'Macron first raised it in February.',
  'Berlin remains deeply cautious about the force.',
  'The plan was welcomed by Poland and the Baltic states.',
  'It has the full support of the coalition.',
  'Hungary voiced objections to the deployment.',
  'The idea is worth serious consideration, the minister said.',
  'Rome said it was ready to consider it.',
  'A mission would be impossible without American air cover.',
  'It would not work without a backstop.',
  'Any force would need a UN mandate to operate.',
  'Troops would serve under the flag of the United Nations.',
  'Washington ruled out sending US troops.',
  'Kyiv wants EU membership by 2030.',
  "Ukraine's accession talks opened in Luxembourg.",
  'A peace deal is not yet in sight.',
  'The sides agreed a 30-day ceasefire on Sunday.',
  'The truce held overnight.',
  'Some capitals favour easing sanctions on Russia.',
  'The United States could help Europe with the logistics.',
  'Kyiv sent its peace plan to Washington.',
  'Zelensky hailed the talks as an important step.',
  'Kyiv refuses to cede territory in the east.',
  'Territorial concessions are off the table.',
];

describe('word gates', () => {
  const gated = [...TRIGGERS.map((t) => ({ pattern: t.pattern, gate: t.gate })), ...CONCEPTS.map((c) => ({ pattern: c.pattern, gate: c.gate }))].filter((x) => x.gate);

  it('never turn away a sentence their pattern matches', () => {
    let checked = 0;
    for (const sentence of SENTENCES) {
      for (const { pattern, gate } of gated) {
        if (!matchesOf(sentence, pattern).length) continue;
        checked++;
        expect(gate!.test(sentence), `${gate} on "${sentence}"`).toBe(true);
      }
    }
    // Every sentence above meets at least one gated pattern.
    expect(checked).toBeGreaterThanOrEqual(SENTENCES.length);
  });

  it('every sentence above is matched by some gated pattern', () => {
    for (const sentence of SENTENCES) expect(gated.some(({ pattern }) => matchesOf(sentence, pattern).length > 0), sentence).toBe(true);
  });
});

describe('statement dates over equal texts in distinct strings', () => {
  it('date a statement alike whichever copy of the text is asked, in any order', () => {
    const text = 'Leaders met in Paris.\n\nOn Monday, Macron said Europe was ready to send troops.\n\nTwo days later, Starmer said Britain would lead.';
    const copy = [...text].join('');
    const article = { text, publishedAt: '2025-03-07' };
    const other = { text: copy, publishedAt: '2025-03-07' };
    const at = (a: typeof article, needle: string) => statedAt(a, a.text.indexOf(needle), a.text.indexOf(needle) + needle.length, []);
    const first = [at(article, 'Macron said'), at(article, 'Starmer said')];
    expect(first[0]?.date).toBe('2025-03-03');
    expect([at(other, 'Macron said'), at(other, 'Starmer said')]).toEqual(first);
    expect([at(article, 'Macron said'), at(other, 'Starmer said'), at(article, 'Starmer said')]).toEqual([first[0], first[1], first[1]]);
  });
});
