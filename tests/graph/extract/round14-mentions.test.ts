import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { findProposals } from '@/graph/extract/proposals';

const proposalsIn = (text: string) => findProposals({ start: 0, end: text.length, text }).map((m) => m.name);

// Round 14b: proposals that news describes by common nouns rather than names, found as mentions of their own.
// Sentences written for these tests.

describe('proposals described by common nouns', () => {
  it('should read "a headquarters in <city>" as a proposal, and who announced it as proposing it', () => {
    const r = extractText('In June, Chancellor Lena Brandt and President Paul Morel announced plans for a headquarters in Lyon that would later move to Kyiv.');
    expect(r.ids).toContain('headquarters-in-lyon');
    expect(r.triples).toContain('PROPOSED:lena-brandt:headquarters-in-lyon');
  });

  it('should read a headquarters after a possessive proposal name', () => {
    expect(proposalsIn('"Put the Coalition Force\'s headquarters in Odesa now," General Piet Mol urged.')).toContain('Headquarters in Odesa');
  });

  it('should not read a body\'s headquarters as a proposal', () => {
    expect(proposalsIn('The defence ministers of Norway and Denmark met at NATO headquarters in Brussels on Thursday.')).toEqual([]);
  });

  it('should read "a memorandum" one side would draft as a proposal, not as the peace deal it is about', () => {
    const r = extractText('Vladimir Ivanov said Russia was ready to work with Ukraine on a memorandum about a future peace accord.');
    expect(r.ids).toContain('memorandum');
    expect(r.triples).toContain('SUPPORTS:russia:memorandum');
  });

  it('should not read a memorandum of understanding or a named memorandum as that memorandum', () => {
    expect(extractText('Sweden and Ukraine signed a memorandum of understanding on fighter jets.').ids).not.toContain('memorandum');
    expect(extractText('The Budapest Memorandum of 1994 gave Ukraine assurances that were not kept.').ids).not.toContain('memorandum');
  });

  it('should read demining at sea as a proposal positions are taken on', () => {
    const r = extractText('Defence Minister Lena Brandt said Sweden was ready to help with demining in the Black Sea once the guns fall silent.');
    expect(r.triples).toContain('SUPPORTS:sweden:demining-in-the-black-sea');
  });

  it('should read frozen Russian assets as the proposal to use them', () => {
    const r = extractText('Finance Minister Lena Brandt backed a loan funded by frozen Russian assets.');
    expect(r.triples).toContain('SUPPORTS:lena-brandt:frozen-russian-assets');
  });

  it('should read a temporary or transitional administration as a proposal', () => {
    const r = extractText('Sergei Ivanov proposed a transitional administration for Ukraine under UN auspices.');
    expect(r.triples).toContain('PROPOSED:sergei-ivanov:temporary-administration-of-ukraine');
  });

  it('should keep a described proposal out of the entities when no relation involves it', () => {
    const r = extractText('Demining in the Black Sea and a headquarters in Lyon were also on the agenda, Lena Brandt said.');
    expect(proposalsIn('Demining in the Black Sea and a headquarters in Lyon were also on the agenda.')).toEqual(['Demining in the Black Sea', 'Headquarters in Lyon']);
    expect(r.ids).not.toContain('headquarters-in-lyon');
    expect(r.ids.some((id) => id.startsWith('demining'))).toBe(false);
  });

  it('should not let "the plan" refer back to a proposal that was only described', () => {
    const r = extractText('Pavel Orlov has proposed a temporary administration for Ukraine. Pavel Orlov also dismissed the plans discussed in Paris for a European force.');
    expect(r.triples).not.toContain('OPPOSES:pavel-orlov:temporary-administration-of-ukraine');
  });
});
