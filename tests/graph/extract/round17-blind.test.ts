import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 17: wordings found missing by the blind set realistic-17, each tested on sentences written here (not taken from
// any evaluation article). People invented.
const triples = (text: string) => extractText(text).triples;

describe('NATO written as a word, the way British copy spells it', () => {
  it('should read "Nato" as NATO, before a title and as an actor', () => {
    expect(triples('Nato Secretary General Anna Lind said the force was ready.')).toContain('REPRESENTS:anna-lind:nato');
    expect(triples('Nato chief Anna Lind spoke in Oslo on Monday.')).toContain('REPRESENTS:anna-lind:nato');
    expect(extractText('Piet Smit said the plan would keep Nato troops out of Ukraine.').ids).toContain('nato');
  });

  it('should not read a lower-case or unrelated word as NATO', () => {
    expect(extractText('Piet Smit met Anna Lind in Oslo on Monday.').ids).not.toContain('nato');
  });
});
