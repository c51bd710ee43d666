import { describe, it, expect } from 'vitest';
import { stances } from './helpers';

// Round 16: stance frames found missing by a matrix of wordings written here (not from any evaluation article): verdicts
// of worth, quoted scepticism, arguing and hoping for a thing, and a thing "not needed". People and plans invented.

describe('verdicts on a proposal', () => {
  it('should read "a good idea" and "the right step" as support, and "a fantasy" or "a disaster" as opposition', () => {
    expect(stances('Anna Lind said the reassurance force was "a good idea".')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('Anna Lind said the reassurance force was the right step.')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('"The reassurance force is a fantasy," Anna Lind said.')).toContain('OPPOSES:anna-lind:reassurance-force');
    expect(stances('Anna Lind said the reassurance force would be "a disaster".')).toContain('OPPOSES:anna-lind:reassurance-force');
  });

  it('should read scepticism in quotation marks, and "no need for", as opposition', () => {
    expect(stances('Anna Lind said she was "sceptical" of the reassurance force.')).toContain('OPPOSES:anna-lind:reassurance-force');
    expect(stances('Anna Lind said there was no need for the reassurance force.')).toContain('OPPOSES:anna-lind:reassurance-force');
  });
});

describe('arguing and hoping for a proposal', () => {
  it('should read making the case for it, pushing hard for it and hoping it happens as support', () => {
    expect(stances('Anna Lind made the case for the reassurance force.')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('Anna Lind is pushing hard for the reassurance force.')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('Anna Lind hopes the reassurance force will deploy soon.')).toContain('SUPPORTS:anna-lind:reassurance-force');
  });

  it('should read a number of troops committed to it as support, and not a hope denied', () => {
    expect(stances('Piet Smit promised 500 soldiers to the reassurance force.')).toContain('SUPPORTS:piet-smit:reassurance-force');
    expect(stances('Anna Lind does not hope for the reassurance force.')).not.toContain('SUPPORTS:anna-lind:reassurance-force');
  });
});

describe('verdicts on what a proposal would do, and views', () => {
  it('should read "would deter Russia" or "keep the peace" as support and "would provoke Russia" as opposition', () => {
    expect(stances('The reassurance force, Anna Lind argued, would deter Russia.')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('The reassurance force would keep the peace, Anna Lind said.')).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(stances('The reassurance force would provoke Russia, Anna Lind warned.')).toContain('OPPOSES:anna-lind:reassurance-force');
  });

  it('should not read what a named state could do as a verdict on the proposal before it', () => {
    expect(stances('Anna Lind said the reassurance force mattered because only America could deter Russia.').filter((x) => x.includes('united-states'))).toEqual([]);
  });

  it('should read "in X\'s view" as whose stance it is', () => {
    expect(stances("In Anna Lind's view, the reassurance force is essential.")).toContain('SUPPORTS:anna-lind:reassurance-force');
  });
});

describe("the speaker's own country as a clause's subject", () => {
  it('should give what "his country" will do to the state the speaker speaks for, as well as to the speaker', () => {
    expect(stances("Piet Smit, Norway's foreign minister, said his country would never accept the reassurance force.")).toEqual(expect.arrayContaining(['OPPOSES:piet-smit:reassurance-force', 'OPPOSES:norway:reassurance-force']));
  });

  it('should not give it to a state the speaker was not tied to, nor for someone else of theirs', () => {
    expect(stances('Piet Smit said his country would never accept the reassurance force.').filter((x) => !x.includes('piet-smit'))).toEqual([]);
    expect(stances("Anna Lind, Norway's foreign minister, said her husband would back the reassurance force.").filter((x) => x.includes('norway'))).toEqual([]);
  });
});

describe('a stance in a relative clause on the proposal before it', () => {
  it('should give the clause\'s subjects the stance its verb states', () => {
    expect(stances('The reassurance force, which Norway backs, would deploy after a ceasefire.')).toContain('SUPPORTS:norway:reassurance-force');
    expect(stances('The reassurance force, which Russia has rejected, would deploy after a ceasefire.')).toContain('OPPOSES:russia:reassurance-force');
    expect(stances('The reassurance force, which Norway does not back, would deploy after a ceasefire.')).toContain('OPPOSES:norway:reassurance-force');
    expect(stances('The Multinational Force Ukraine is the force that Norway, Denmark and their partners want to place in Ukraine.')).toEqual(expect.arrayContaining(['SUPPORTS:norway:multinational-force-ukraine', 'SUPPORTS:denmark:multinational-force-ukraine']));
  });

  it('should not read a prediction ("which Russia would veto") as a stance', () => {
    expect(stances('Peacekeepers need a mandate from the United Nations, which Russia would veto.').filter((x) => x.includes('russia'))).toEqual([]);
  });
});
