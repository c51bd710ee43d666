import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#attribution (reported speech and quotations)', () => {
  it('should give a quotation spanning several sentences to the speaker named after it', () => {
    const r = extractText('Ivo Marek, the Czech defence minister, spoke at length. “We will not send troops to Ukraine. Our soldiers are needed at home. That is final,” Marek said.');
    expect(r.relation('OPPOSES', 'ivo-marek', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('SUPPORTS', 'ivo-marek', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should read the negation inside a quotation whose speaker comes after it', () => {
    const r = extractText('Ivo Marek arrived in Prague. “We do not plan to send Czech soldiers to Ukraine,” the Czech defence minister told reporters.');
    expect(r.relation('OPPOSES', 'ivo-marek', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should not carry a negation across "but" inside a quotation', () => {
    const r = extractText('“I won’t discuss numbers, but I do support the peacekeeping force,” Ivo Marek said.');
    expect(r.relation('SUPPORTS', 'ivo-marek', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should make the speaker of reported speech hold the stance of the country he reports ("said this morning that")', () => {
    const r = extractText('Nora Lind, Sweden’s foreign minister, said this morning that Stockholm supports the peacekeeping force.');
    expect(r.relation('SUPPORTS', 'nora-lind', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('SUPPORTS', 'sweden', 'european-peacekeeping-force')).toBeDefined();
  });
});

describe('#stance cues on real-news phrasing', () => {
  it('should read "too early to talk about", "out of the question" and "no plans to" as opposition', () => {
    expect(extractText('Luis Ortega said it was too early to talk about peacekeepers.').triples).toContain('OPPOSES:luis-ortega:european-peacekeeping-force');
    expect(extractText('Anna Vik told reporters that sending peacekeepers was out of the question.').triples).toContain('OPPOSES:anna-vik:european-peacekeeping-force');
    expect(extractText('Piet Maas said the Netherlands had no plans to send soldiers to Ukraine.').triples).toEqual(expect.arrayContaining(['OPPOSES:piet-maas:european-peacekeeping-force', 'OPPOSES:netherlands:european-peacekeeping-force']));
  });

  it('should read a country\'s own troops as its part of the European force', () => {
    expect(extractText('Ruth Keller said no Danish soldiers would be sent.').triples).toContain('OPPOSES:ruth-keller:european-peacekeeping-force');
  });

  it('should link the people who met, not their countries', () => {
    const r = extractText('Norway’s Lena Halvorsen and Piet Maas of the Netherlands met Aino Laine on Monday.');
    const met = r.triples.filter((t) => t.startsWith('MET_WITH:'));
    expect(met).toEqual(expect.arrayContaining(['MET_WITH:aino-laine:lena-halvorsen', 'MET_WITH:aino-laine:piet-maas']));
    expect(met.some((t) => /norway|netherlands/.test(t))).toBe(false);
  });
});

describe('#press-release attribution and naming verbs', () => {
  it('should give a quotation paragraph to the speaker introduced by "said:" above it', () => {
    const text = 'Defence Minister Arne Kvist said:\n\n"Our country supports the peacekeeping force and will play its part."';
    expect(extractText(text).triples).toContain('SUPPORTS:arne-kvist:european-peacekeeping-force');
  });

  it('should read "launched by" as proposing and "would form" as support', () => {
    expect(extractText('The Baltic Shield Initiative was launched by Prime Minister Lena Halvorsen.').triples).toContain('PROPOSED:lena-halvorsen:baltic-shield-initiative');
    expect(extractText('Norway and Finland would form a Nordic Air Mission next year.').triples).toEqual(expect.arrayContaining(['SUPPORTS:norway:nordic-air-mission', 'SUPPORTS:finland:nordic-air-mission']));
  });
});
