import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 6 of relation rules that carry over to unseen news: a pronoun as a verb's whole object, "accept no X", a second
// verb after ", then", and votes and calls in debate wording. Sentences written for these tests.
describe('a pronoun that is the whole object of a stance', () => {
  it('should read "would lead them" as the proposal named before, not the one that only dates it', () => {
    const r = extractText('Ivo Marek said the plan provided for security guarantees after a ceasefire, and that Norway would lead them.');
    expect(r.triples).toContain('SUPPORTS:norway:security-guarantees');
    expect(r.triples).not.toContain('SUPPORTS:norway:ceasefire');
  });

  it('should read "would vote against it" as opposing the proposal of the sentence before', () => {
    const r = extractText('Lena Holt spoke about the reassurance force on Monday. Norway would vote against it, she said.');
    expect(r.triples).toContain('OPPOSES:norway:reassurance-force');
  });

  it('should read "wants that first" as wanting the proposal the sentence before was about', () => {
    const r = extractText('Ivo Marek spoke of "a full and unconditional ceasefire" on Monday. He wants that first, and he has said so for weeks.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:ceasefire');
  });

  it('should not take a proposal named later in the sentence for the pronoun', () => {
    const r = extractText('Lena Holt spoke about the reassurance force on Monday. Norway backed it in March, long before the security guarantees were drafted.');
    expect(r.triples).not.toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should leave "that" opening a clause alone', () => {
    const r = extractText('Ivo Marek spoke about the reassurance force. Norway demanded that Denmark pay for the security guarantees.');
    expect(r.triples).not.toContain('SUPPORTS:norway:reassurance-force');
  });
});

describe('accepting none of a thing', () => {
  it('should read "would accept no European troops" as opposing them', () => {
    const r = extractText('Lena Holt said last week that Russia would accept no European troops in Ukraine.');
    expect(r.triples.some((t) => /^OPPOSES:russia:/.test(t))).toBe(true);
    expect(r.triples.some((t) => /^SUPPORTS:russia:/.test(t))).toBe(false);
  });

  it('should still read "would accept European troops" as support', () => {
    const r = extractText('Lena Holt said last week that Russia would accept European troops in Ukraine.');
    expect(r.triples.some((t) => /^SUPPORTS:russia:/.test(t))).toBe(true);
  });
});

describe('a second verb after ", then"', () => {
  it('should give the verb after ", then" the subject the sentence opens with', () => {
    const r = extractText('Ivo Marek and Lena Holt met Anna Dahl in Oslo, then held talks with Karl Sund.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:karl-sund');
    expect(r.triples).toContain('MET_WITH:karl-sund:lena-holt');
    expect(r.triples).not.toContain('MET_WITH:anna-dahl:karl-sund');
  });

  it('should not reach back past a subordinate opening', () => {
    const r = extractText('After Anna Dahl left, Ivo Marek met Lena Holt, then held talks with Karl Sund.');
    expect(r.triples).not.toContain('MET_WITH:anna-dahl:karl-sund');
  });
});

describe('votes and calls in debate wording', () => {
  it('should read "would vote against" and "voted for" as stances', () => {
    expect(extractText('Norway would vote against the reassurance force.').triples).toContain('OPPOSES:norway:reassurance-force');
    expect(extractText('Denmark voted for the security guarantees on Tuesday.').triples).toContain('SUPPORTS:denmark:security-guarantees');
  });

  it('should not read a vote as a noun ("a vote for") as a stance of the one who held it', () => {
    expect(extractText('Norway held a vote for the security guarantees.').triples).not.toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should read "called instead for" as a call for', () => {
    const r = extractText('Ivo Marek opposed the reassurance force and called instead for security guarantees.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:security-guarantees');
  });

  it('should read "would treat any Western troops as legitimate targets" as opposing them', () => {
    const r = extractText('Lena Holt said that Russia would treat any Western troops in Ukraine as "legitimate targets".');
    expect(r.triples.some((t) => /^OPPOSES:russia:/.test(t))).toBe(true);
  });
});

describe('a negation in an earlier clause', () => {
  it('should not let a quoted "not" flip the stance of a holder named before the sentence', () => {
    const r = extractText('Ivo Marek spoke about a ceasefire on Monday. A ceasefire, he wrote, "does not hold up", so he no longer wants one first.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:ceasefire');
    expect(r.triples).not.toContain('SUPPORTS:ivo-marek:ceasefire');
  });
});

describe('meetings told by the scene', () => {
  it('should read "At a meeting with X, Y …" as Y meeting X', () => {
    const r = extractText('At a televised meeting with Lena Holt, Ivo Marek ordered a halt to the strikes.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });

  it('should not read "At a meeting with X" as a meeting of someone named only inside a later clause', () => {
    const r = extractText('At a meeting with Lena Holt on Monday the ministers agreed that Ivo Marek would lead the talks.');
    expect(r.triples).not.toContain('MET_WITH:ivo-marek:lena-holt');
  });

  it('should read "A and B sat down together" and a headline\'s "A and B meet before" as a meeting', () => {
    expect(extractText('Ivo Marek and Lena Holt sat down together in Oslo on Saturday.').triples).toContain('MET_WITH:ivo-marek:lena-holt');
    expect(extractText('Ivo Marek and Lena Holt meet before the summit in Oslo').triples).toContain('MET_WITH:ivo-marek:lena-holt');
  });

  it('should not read a meeting still to come as held', () => {
    expect(extractText('Ivo Marek and Lena Holt are due to meet in Oslo next week.').triples).not.toContain('MET_WITH:ivo-marek:lena-holt');
  });
});

describe('a plan named by whose it is', () => {
  it('should read "the plans of London and Paris for a coalition of the willing" as theirs', () => {
    const r = extractText('Abroad, the plans of London and Paris for a "coalition of the willing" are moving on.');
    expect(r.triples).toContain('PROPOSED:united-kingdom:coalition-of-the-willing');
    expect(r.triples).toContain('PROPOSED:france:coalition-of-the-willing');
  });

  it('should give a person\'s plan to the person, not to the one who backs it', () => {
    const r = extractText('Ivo Marek backed the proposal of Lena Holt for security guarantees on Monday.');
    expect(r.triples).toContain('PROPOSED:lena-holt:security-guarantees');
    expect(r.triples).not.toContain('PROPOSED:ivo-marek:security-guarantees');
  });

  it('should not make a place named inside the owner phrase an owner', () => {
    const r = extractText('The plans of the ministers in London for security guarantees are moving on.');
    expect(r.triples).not.toContain('PROPOSED:united-kingdom:security-guarantees');
  });
});

describe('who "he" is in the sentence after', () => {
  it('should keep the pronoun\'s person when a sentence reports by "he wrote that" and names someone inside', () => {
    const r = extractText('Ivo Marek spoke in Oslo on Monday. Later he wrote that perhaps Lena Holt "does not want peace". He proposed security guarantees for Norway.');
    expect(r.triples).toContain('PROPOSED:ivo-marek:security-guarantees');
    expect(r.triples).not.toContain('PROPOSED:lena-holt:security-guarantees');
  });

  it('should not take a transcript\'s speaker label for the person "he" means', () => {
    const r = extractText('Our correspondent Lena Holt is in Oslo. Karl Sund spoke there on Monday.\n\nHOLT: Yes. He proposed security guarantees for Norway.');
    expect(r.triples).toContain('PROPOSED:karl-sund:security-guarantees');
    expect(r.triples).not.toContain('PROPOSED:lena-holt:security-guarantees');
  });
});

describe('a claim a fact-check rates', () => {
  const text = [
    '# Fact check: Did the ceasefire hold, and did Norway reject it? What we know',
    '',
    'Claims about the ceasefire spread fast over the weekend. Some posts said Norway "refused" it. Here is what we could verify.',
    '',
    '## The claims',
    '',
    '- **"Norway rejected the ceasefire."** *Misleading.* Ivo Marek said on Saturday that Norway would answer silence with silence.',
    '- **"The ceasefire held."** *Unproven.* We could not verify it.',
  ].join('\n');

  it('should not read the rated claim as the stance it quotes', () => {
    const r = extractText(text);
    expect(r.triples).not.toContain('OPPOSES:norway:ceasefire');
    expect(r.triples).not.toContain('OPPOSES:ivo-marek:ceasefire');
  });

  it('should still read the same words stated outright', () => {
    expect(extractText('Norway rejected the ceasefire on Saturday.').triples).toContain('OPPOSES:norway:ceasefire');
  });
});
