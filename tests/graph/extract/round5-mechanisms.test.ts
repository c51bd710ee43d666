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

describe('a verb quoted on its own', () => {
  it('should read past the quotation mark that closes right after the verb to its object', () => {
    const r = extractText('Ivo Marek said on Friday that Norway would “stand behind” the security guarantees.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:security-guarantees');
  });

  it('should still stop at the end of a quoted statement', () => {
    const r = extractText('“We back Ukraine,” Ivo Marek said, before the security guarantees were discussed.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:security-guarantees');
  });
});

describe('a participle after what was discussed', () => {
  it('should not read "the guarantees discussed with the Americans" as a meeting with them', () => {
    const r = extractText('Lena Holt told leaders that the security guarantees discussed with the Americans in Berlin had to be signed.');
    expect(r.triples).not.toContain('MET_WITH:lena-holt:united-states');
  });

  it('should still read "discussed the plan with" as a meeting', () => {
    const r = extractText('Lena Holt discussed the plan with Ivo Marek in Berlin on Monday.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('a proposal that is the subject of a reported clause', () => {
  it('should make the speaker of "said that guarantees must be agreed" back them', () => {
    const r = extractText('On Sunday Lena Holt said again that security guarantees must be agreed before any line is drawn.');
    expect(r.triples).toContain('SUPPORTS:lena-holt:security-guarantees');
  });

  it('should read "which she said would deploy…" after the proposal', () => {
    const r = extractText('Lena Holt spoke in Oslo. The day before she had defended the Multinational Force Ukraine, which she said would deploy "within a week of a truce".');
    expect(r.triples).toContain('SUPPORTS:lena-holt:multinational-force-ukraine');
  });

  it('should read past "plans for" and a quoted verdict', () => {
    const r = extractText('Ivo Marek said the coalition\'s plans for a reassurance force were "ready to go the day after a ceasefire".');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:reassurance-force');
    // The ceasefire only dates the stance.
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:ceasefire');
  });

  it('should flip a negated verdict', () => {
    const r = extractText('Ivo Marek said that a reassurance force must not be deployed before a ceasefire.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
    // "before a ceasefire" dates it: no stance on the ceasefire either way.
    expect(r.triples.filter((t) => t.endsWith(':ceasefire'))).toEqual([]);
  });

  it('should not give a verdict to a speaker who only reports a question', () => {
    const r = extractText('Ivo Marek asked whether a reassurance force would be ready in time.');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:reassurance-force');
  });
});
