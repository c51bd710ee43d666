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
