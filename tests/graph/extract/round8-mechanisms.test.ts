import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { splitSentences } from '@/graph/extract/sentences';

// Round 8: relation misses of realistic-11 that recur in other sets. Sentences written for these tests.

describe('a bold run-in lead ends its own sentence', () => {
  it('should split "**Name (@handle), 21:48 Friday.** Text" after the closing bold marker', () => {
    const parts = splitSentences('**Lena Holt (@lenaholt), 21:48 Friday.** Norway\'s prime minister kept it short. Then she left.').map((s) => s.text);
    expect(parts).toEqual(['**Lena Holt (@lenaholt), 21:48 Friday.**', 'Norway\'s prime minister kept it short.', 'Then she left.']);
  });

  it('should read an office under a bold lead as the office of the person the lead names', () => {
    const r = extractText('**Lena Holt (@lenaholt), 21:48 Friday.** Norway\'s prime minister posted a short message of support.');
    expect(r.triples).toContain('REPRESENTS:lena-holt:norway');
  });

  it('should not split a bold phrase inside a sentence', () => {
    const parts = splitSentences('He said the plan was **not** final. She agreed.').map((s) => s.text);
    expect(parts).toEqual(['He said the plan was **not** final.', 'She agreed.']);
  });
});

describe('reported speech after a hyphenated time phrase', () => {
  it('should give the speaker the stance of the country in "told lawmakers in mid-March that Norway would…"', () => {
    const r = extractText('Ivo Marek told lawmakers in mid-March that Norway would consider contributing to a peacekeeping mission in Ukraine.');
    expect(r.triples).toContain('SUPPORTS:norway:european-peacekeeping-force');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });

  it('should still not give the speaker a claim about another person in "told reporters in mid-March that X would…"', () => {
    const r = extractText('Ivo Marek told reporters in mid-March that Lena Holt would back a peacekeeping mission in Ukraine.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });
});
