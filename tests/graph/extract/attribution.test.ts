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
