import { describe, it, expect } from 'vitest';
import { stances } from './helpers';

// Round 18b: the one who held a gathering, named in an aside after it, is not the subject of what the gathering did.
// People invented; the sentences are written here, not taken from any evaluation article.

describe('a gathering held by someone named in an aside', () => {
  it('should not give the chair the stance of the gathering', () => {
    const found = stances("The conference, hosted by Norway's defence chief, Admiral Piet Smit, was open to states that might send troops to a reassurance force.");
    expect(found.filter((x) => x.includes('piet-smit'))).toEqual([]);
  });

  it('should still give the stance to a subject named after the aside closes', () => {
    const found = stances('After the summit, hosted by Piet Smit in Oslo, Anna Lind said she backed the reassurance force.');
    expect(found).toContain('SUPPORTS:anna-lind:reassurance-force');
    expect(found).not.toContain('SUPPORTS:piet-smit:reassurance-force');
  });
});
