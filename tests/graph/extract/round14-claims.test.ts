import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 14 (precision): a speaker reporting another state's stance, and a stance inside an open question. Sentences
// written for these tests; the people are invented, except where a reader's knowledge of an office is the point.
const triples = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-03-05' }).relations
  .filter((r) => r.type !== 'REPRESENTS').map((r) => `${r.type}:${r.source}:${r.target}`).sort();

describe("a claim about another state's stance", () => {
  it('should not give the speaker the stance of a state the text ties them to no more than to another', () => {
    // The text gives Berg's office: she speaks for Norway, not for Russia.
    expect(triples('Norwegian Foreign Minister Anna Berg said Russia had rejected the ceasefire proposal.')).toEqual(['OPPOSES:russia:ceasefire-proposal']);
    // A reader knows whose prime minister Keir Starmer is.
    expect(triples('Keir Starmer said Russia had rejected the ceasefire proposal.')).toEqual(['OPPOSES:russia:ceasefire-proposal']);
  });

  it("should keep the speaker's stance where the state is their own, or where they demand what another state must have", () => {
    expect(triples('Norwegian Foreign Minister Anna Berg said Norway backed the ceasefire proposal.')).toEqual(['SUPPORTS:anna-berg:ceasefire-proposal', 'SUPPORTS:norway:ceasefire-proposal']);
    expect(triples('Keir Starmer said Ukraine "must have iron-clad security guarantees".')).toContain('SUPPORTS:keir-starmer:security-guarantees');
  });

  it('should keep the speaker whose side nobody knows, as before', () => {
    expect(triples('Anna Berg said Norway backed the ceasefire proposal.')).toEqual(['SUPPORTS:anna-berg:ceasefire-proposal', 'SUPPORTS:norway:ceasefire-proposal']);
  });
});

describe('a speaker after the claim, in a parenthesis, or cited as a source', () => {
  it("should not give a trailing or parenthetical speaker another state's or person's stance", () => {
    expect(triples('Russia rejects the ceasefire proposal, Keir Starmer said.')).toEqual(['OPPOSES:russia:ceasefire-proposal']);
    expect(triples('Russia, Keir Starmer said, does not want the ceasefire proposal.')).toEqual(['OPPOSES:russia:ceasefire-proposal']);
    expect(triples('Anna Berg, Piet Maas said, does not want the ceasefire proposal.')).toEqual(['OPPOSES:anna-berg:ceasefire-proposal']);
  });

  it("should keep the speaker's own state's stance, told after it or around a parenthesis", () => {
    expect(triples('Britain would send troops to the reassurance force, Keir Starmer said.')).toEqual(['SUPPORTS:keir-starmer:reassurance-force', 'SUPPORTS:united-kingdom:reassurance-force']);
    expect(triples('Britain, Keir Starmer said, would send troops to the reassurance force.')).toEqual(['SUPPORTS:keir-starmer:reassurance-force', 'SUPPORTS:united-kingdom:reassurance-force']);
  });

  it('should read "according to X" as where the news comes from, not as a second holder', () => {
    expect(triples('According to Piet Maas, Norway proposed a truce on energy infrastructure.')).not.toContain('PROPOSED:piet-maas:truce-on-energy-infrastructure');
    expect(triples('According to Piet Maas, Anna Berg backs the reassurance force.')).toEqual(['SUPPORTS:anna-berg:reassurance-force']);
  });
});

describe('a stance inside an open question', () => {
  it('should read "would decide later whether to join" and "was asked whether he backed" as no stance', () => {
    expect(triples('Piet Maas would decide later whether to join the reassurance force.')).toEqual([]);
    expect(triples('Piet Maas was asked whether he backed the reassurance force.')).toEqual([]);
  });

  it('should keep a stance that holds "regardless of whether" something happens', () => {
    expect(triples('Piet Maas backed the reassurance force regardless of whether Washington joined it.')).toContain('SUPPORTS:piet-maas:reassurance-force');
    expect(triples('Piet Maas said he backed the reassurance force, whether or not Washington joined.')).toContain('SUPPORTS:piet-maas:reassurance-force');
  });
});

describe('a stance withheld either way', () => {
  it('should read "has not yet endorsed", "stopped short of endorsing" and "neither rejected nor accepted" as no stance', () => {
    expect(triples('Piet Maas has not yet endorsed the reassurance force.')).toEqual([]);
    expect(triples('The reassurance force, which Piet Maas has not yet endorsed, is a French idea.')).toEqual([]);
    expect(triples('Piet Maas stopped short of endorsing the reassurance force.')).toEqual([]);
    expect(triples('Piet Maas neither rejected nor accepted the reassurance force.')).toEqual([]);
  });

  it('should read "did not reject it, but did not accept it either" as no stance, and each half alone as one', () => {
    expect(triples('Piet Maas did not reject the reassurance force, but he did not accept it either.')).toEqual([]);
    expect(triples('Piet Maas did not accept the reassurance force.')).toEqual(['OPPOSES:piet-maas:reassurance-force']);
    expect(triples('Neither Norway nor Denmark backs the reassurance force.')).toHaveLength(2);
  });
});
