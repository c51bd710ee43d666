import { describe, it, expect } from 'vitest';
import { stances } from './helpers';

// Round 22 (s101): stances. Sentences written for these tests; names invented where they can be.
describe('a state that puts a punitive measure into force backs it', () => {
  it('should read announcing, imposing or rolling out sanctions as support', () => {
    expect(stances('Prime Minister Lena Holt announced new sanctions on Russia on Monday.')).toContain('SUPPORTS:lena-holt:new-sanctions-on-russia');
    expect(stances('Oslo imposed fresh sanctions on Russia on Friday.')).toContain('SUPPORTS:norway:new-sanctions-on-russia');
    expect(stances('The United Kingdom announced its own new sanctions on Russia.')).toContain('SUPPORTS:united-kingdom:new-sanctions-on-russia');
    expect(stances('Canada rolled out about a hundred new sanctions on the same day.')).toContain('SUPPORTS:canada:new-sanctions-on-russia');
  });

  it('should read a measure not announced as no stance at all', () => {
    expect(stances('He did not announce new sanctions.')).toEqual([]);
    expect(stances('Ottawa did not impose new sanctions on Russia.')).toEqual([]);
  });
});

describe('a second verb of the sentence-opening subject', () => {
  it('should give the second verb to the subject, not to the first verb\'s object', () => {
    const s = stances('Prime Minister Lena Holt promised Ukraine another $1 billion on Tuesday and announced new sanctions on Russia.');
    expect(s).toContain('SUPPORTS:lena-holt:new-sanctions-on-russia');
    expect(s).not.toContain('SUPPORTS:ukraine:new-sanctions-on-russia');
    const t = stances('Chancellor Pia Weiss met President Zelensky in Berlin and called for a ceasefire.');
    expect(t).toContain('SUPPORTS:pia-weiss:ceasefire');
    expect(t).not.toContain('SUPPORTS:volodymyr-zelensky:ceasefire');
  });

  it('should leave a second clause with a subject of its own to that subject', () => {
    expect(stances('Pia Weiss met Zelensky, and Zelensky called for a ceasefire.')).toContain('SUPPORTS:volodymyr-zelensky:ceasefire');
  });
});

describe('one sentence that gives a holder both stances on one thing', () => {
  it('should keep the reservation, not the support it concedes', () => {
    const a = stances('Prime Minister Arne Dahl lifted his veto on Monday, though he still called the gas plan "a mistake".');
    expect(a).toContain('OPPOSES:arne-dahl:gas-plan');
    expect(a).not.toContain('SUPPORTS:arne-dahl:gas-plan');
    const b = stances('Minister Ivo Marek said Estonia would consider sending instructors to a peacekeeping force, but ruled out combat troops.');
    expect(b.filter((x) => x.startsWith('SUPPORTS:ivo-marek:'))).toEqual([]);
  });

  it('should keep a support that stands alone', () => {
    expect(stances('Prime Minister Arne Dahl backed the gas plan on Monday.')).toContain('SUPPORTS:arne-dahl:gas-plan');
  });
});

describe('a quotation of the predicate alone, after a copula', () => {
  it('should give the stance to the clause subject as well as to the one who reports it', () => {
    const a = stances('Prime Minister Lena Holt said Norway was still "open to considering" a contribution to a peacekeeping force.');
    expect(a).toContain('SUPPORTS:norway:european-peacekeeping-force');
    expect(a).toContain('SUPPORTS:lena-holt:european-peacekeeping-force');
    expect(stances('Arne Dahl wrote that Denmark was "ready and willing" to put its own troops on the ground in a reassurance force.')).toContain('SUPPORTS:denmark:reassurance-force');
  });

  it('should still read the quoted verb right after its subject', () => {
    expect(stances('The envoy said Washington "strongly backs" the security guarantees.')).toContain('SUPPORTS:united-states:security-guarantees');
  });
});

describe('a pronoun after a new thing the text names but does not know as a proposal', () => {
  it('should not carry the earlier topic over to the pronoun', () => {
    expect(stances('Weiss backed a ceasefire on Monday. She told reporters that a new EU package was being drafted and that Berlin supported it.')).not.toContain('SUPPORTS:germany:ceasefire');
    expect(stances('Macron floated a European force on Monday. Scholz presented an offer of his own, but said he did not support it.').filter((x) => x.includes('olaf-scholz'))).toEqual([]);
  });

  it('should still carry the topic over where nothing new comes between', () => {
    expect(stances('Weiss backed a ceasefire on Monday. She told reporters that Berlin supported it.')).toContain('SUPPORTS:germany:ceasefire');
    expect(stances('Macron floated a European force on Monday. Scholz said the proposal was interesting, but that he did not support it.')).toContain('OPPOSES:olaf-scholz:european-peacekeeping-force');
  });
});
