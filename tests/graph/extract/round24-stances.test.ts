import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 24 (s121): SUPPORTS. Sentences written for these tests; people invented, countries real.
const triples = (text: string) => extractText(text).triples;

describe('a plan called a basis, whatever the verb', () => {
  it('should read "was a basis which will require more work" as backing the plan', () => {
    expect(triples('Anna Lindqvist said the 20-point plan was "a basis which will require more work".')).toContain('SUPPORTS:anna-lindqvist:20-point-plan');
  });

  it('should read "had been a basis for work" and "remains a good basis" the same way', () => {
    expect(triples('Marek Nowak said the 20-point plan had been "a basis for work, not a text to sign".')).toContain('SUPPORTS:marek-nowak:20-point-plan');
    expect(triples('Marek Nowak said the 20-point plan remains a good basis for talks.')).toContain('SUPPORTS:marek-nowak:20-point-plan');
  });

  it('should still read the modal forms, with the quotation closing before "of"', () => {
    expect(triples('Ivo Marek said the 20-point plan "could form the basis" of a final settlement.')).toContain('SUPPORTS:ivo-marek:20-point-plan');
    expect(triples('Ivo Marek said the 20-point plan could serve as the basis for talks.')).toContain('SUPPORTS:ivo-marek:20-point-plan');
  });

  it('should read the states named as the subjects of the saying too', () => {
    const t = triples('European leaders together with Norway and Japan said the 20-point plan was "a basis which will require additional work".');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:norway:20-point-plan', 'SUPPORTS:japan:20-point-plan']));
  });

  it('should not read "on the basis of" or a legal basis as a verdict', () => {
    expect(triples('Ivo Marek said talks on the basis of the 20-point plan would start in May.').some((x) => x.startsWith('SUPPORTS:ivo-marek:20-point-plan'))).toBe(false);
    expect(triples('The legal basis of the reassurance force is clear, Ivo Marek said.').some((x) => x.startsWith('SUPPORTS:ivo-marek'))).toBe(false);
  });
});

describe('a verdict on a proposal in a clause that people agreed on', () => {
  it('should read "agreed that the guarantees must be robust" as the speakers\' stance', () => {
    const t = triples('Anna Lindqvist and Marek Nowak agreed that security guarantees must be robust.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:anna-lindqvist:security-guarantees', 'SUPPORTS:marek-nowak:security-guarantees']));
  });

  it('should read it for "they" after the people met', () => {
    const t = triples('Anna Lindqvist, Marek Nowak and Ivo Marek met in Oslo on Friday. They agreed that security guarantees must be credible.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:anna-lindqvist:security-guarantees', 'SUPPORTS:marek-nowak:security-guarantees', 'SUPPORTS:ivo-marek:security-guarantees']));
  });

  it('should read a negated verdict as no backing', () => {
    expect(triples('Marek Nowak agreed that security guarantees must not be binding.')).not.toContain('SUPPORTS:marek-nowak:security-guarantees');
  });
});

describe('"the leaders" and "they" after the people of a call or a meeting', () => {
  it('should read "The leaders agreed that the force will have a headquarters" as each leader backing the force', () => {
    const t = triples('Anna Lindqvist, Marek Nowak and Ivo Marek met in Oslo on Friday. The leaders agreed that the reassurance force will have a headquarters in Oslo.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:anna-lindqvist:reassurance-force', 'SUPPORTS:marek-nowak:reassurance-force', 'SUPPORTS:ivo-marek:reassurance-force']));
  });

  it('should read "the ministers" with a stance verb the same way', () => {
    const t = triples('Anna Lindqvist, Marek Nowak and Ivo Marek met in Oslo on Friday. The ministers backed the reassurance force.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:anna-lindqvist:reassurance-force', 'SUPPORTS:ivo-marek:reassurance-force']));
  });

  it('should read a negated agreed future as a stance against', () => {
    const t = triples('Anna Lindqvist and Marek Nowak agreed that the reassurance force would not be deployed.');
    expect(t).toContain('OPPOSES:anna-lindqvist:reassurance-force');
    expect(t).not.toContain('SUPPORTS:anna-lindqvist:reassurance-force');
  });

  it('should not carry the group of one readout into the next one under a heading', () => {
    const t = triples('### Call with Lindqvist and Nowak: 3 May\n\nAnna Lindqvist and Marek Nowak met in Oslo on Friday.\n\n---\n\n### Call with Marek: 2 May\n\nThe leaders agreed that the reassurance force will have a headquarters in Oslo. They agreed that security guarantees must be credible.');
    expect(t.some((x) => /^SUPPORTS:(?:anna-lindqvist|marek-nowak):/.test(x))).toBe(false);
  });

  it('should not make a gathering of "the leaders" after a meeting a meeting of them', () => {
    const t = triples('Anna Lindqvist and Marek Nowak met in Oslo on Friday. The leaders attended a dinner with Ivo Marek.');
    expect(t).not.toContain('MET_WITH:anna-lindqvist:ivo-marek');
  });
});

describe('a proposal that should be the starting point', () => {
  it('should read "the current line of contact should be the starting point for talks" as backing it', () => {
    expect(triples('Marek Nowak said the current line of contact should be the starting point for any talks.')).toContain('SUPPORTS:marek-nowak:ceasefire-along-the-current-line-of-contact');
  });

  it('should read "must be the basis" the same way, and "must not be" against', () => {
    expect(triples('Anna Lindqvist said the 20-point plan must be the basis of any settlement.')).toContain('SUPPORTS:anna-lindqvist:20-point-plan');
    expect(triples('Anna Lindqvist said the 20-point plan must not be the basis of any settlement.')).not.toContain('SUPPORTS:anna-lindqvist:20-point-plan');
  });
});
