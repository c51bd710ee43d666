import { describe, expect, it } from 'vitest';
import { search, listEntities, InvalidArgumentError } from '@/graph';
import { miniGraph, seedGraph } from '../support/fixtures';

describe('#search', () => {
  const kg = miniGraph();
  const ids = (query: string, first?: number) => search(kg, query, first).map((e) => e.id);

  it('should match names and aliases without regard to case or accents', () => {
    expect(ids('Sprūds')[0]).toBe('andris-spruds');
    expect(ids('spruds')[0]).toBe('andris-spruds');
    expect(ids('PEVKLUR')[0]).toBe('hanno-pevkur');
    expect(ids('moscow')).toEqual(['russia']);
  });

  it('should tolerate one typo in a longer word', () => {
    expect(ids('Sprunds')).toEqual(['andris-spruds']);
  });

  it('should rank exact before prefix before substring', () => {
    // "European force" is an exact alias; "European reassurance force" only starts with "european".
    expect(ids('european force')).toEqual(['reassurance-force']);
    expect(ids('latvia')).toEqual(['latvia']);
    // Latvia starts with "la"; Iceland only contains it.
    expect(ids('la')).toEqual(['latvia', 'iceland']);
  });

  it('should match the start of any word of a name', () => {
    expect(ids('reass')).toEqual(['reassurance-force']);
    expect(ids('pevk')).toEqual(['hanno-pevkur']);
  });

  it('should return nothing for a blank query and honour first', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('a', 2)).toHaveLength(2);
  });

  it('should refuse first outside 1–500 naming the argument', () => {
    expect(() => search(kg, 'a', 0)).toThrow(InvalidArgumentError);
    try {
      search(kg, 'a', 501);
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe('first');
    }
  });
});

describe('#listEntities', () => {
  const kg = miniGraph();

  it('should filter by type and sort by name', () => {
    expect(listEntities(kg, { type: 'COUNTRY' }).slice().map((e) => e.name)).toEqual(['Estonia', 'Iceland', 'Latvia', 'Russia']);
  });

  it('should combine a type and a query', () => {
    expect(listEntities(kg, { type: 'PERSON', query: 'pev' }).slice().map((e) => e.id)).toEqual(['hanno-pevkur']);
  });
});

describe('#search, forgiving', () => {
  const kg = seedGraph();
  const ids = (query: string) => search(kg, query, 5).map((e) => e.id);

  it('should find a name with two neighbouring letters swapped', () => {
    expect(ids('frnace')[0]).toBe('france');
  });

  it('should find a four-letter name with one letter missing', () => {
    expect(ids('putn')[0]).toBe('vladimir-putin');
  });

  it('should match several words each starting a word of the name, in any order', () => {
    expect(ids('peace force')).toContain('european-force');
    expect(ids('force peace')).toContain('european-force');
  });

  it('should find nothing for a name not in the graph', () => {
    expect(ids('merz')).toEqual([]);
  });
});
