import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 5 of relation rules that carry over to unseen news: a speaker reporting a coordinated subject's stance, work
// named as a noun, ...
describe('a speaker reporting the stance of coordinated subjects', () => {
  it('should make the speaker of "said that A and B would…" hold the stance with both', () => {
    const r = extractText('Ivo Marek said on Tuesday that Norway and Denmark would join a reassurance force after a ceasefire.');
    expect(r.triples).toContain('SUPPORTS:norway:reassurance-force');
    expect(r.triples).toContain('SUPPORTS:denmark:reassurance-force');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
  });

  it('should still leave a claim about another person\'s stance to neither', () => {
    const r = extractText('Ivo Marek said that Lena Holt and Jan Berg would back a reassurance force.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});

describe('work named as a noun', () => {
  it('should not read "the coalition\'s work on a force" as proposing the force', () => {
    const r = extractText('Ivo Marek praised the coalition\'s work on a reassurance force for the day after a ceasefire.');
    expect(r.triples).not.toContain('PROPOSED:ivo-marek:reassurance-force');
  });

  it('should still read "has been working on a plan" as proposing it', () => {
    const r = extractText('Norway has been working on a maritime protection plan for the Black Sea.');
    expect(r.triples.some((t) => t.startsWith('PROPOSED:norway:'))).toBe(true);
  });
});
