import { describe, it, expect } from 'vitest';
import { extractText, stances } from './helpers';

const extractTriples = (text: string) => extractText(text).triples;

// Round 20 (s87): stances toward proposals the recogniser did not know, and stance frames. People invented where a
// name would not resolve; the sentences are written here, not taken from any evaluation article.

describe('a logistics hub for a force', () => {
  it('should read running, hosting, being or serving as the logistics hub as backing it', () => {
    expect(stances('Tusk said Poland would run the logistics hub through which the force would be supplied.')).toContain('SUPPORTS:poland:logistics-hub');
    expect(stances('Oslo will host the logistics hub behind the force, Jonas Gahr Store said.')).toContain('SUPPORTS:norway:logistics-hub');
    expect(stances('Bucharest offers its ports and airfields as the logistics base for any mission.')).toContain('SUPPORTS:romania:logistics-hub');
    expect(stances('Tusk said Poland will be responsible for the logistics hub.')).toContain('SUPPORTS:poland:logistics-hub');
  });

  it('should read offering to serve as the hub as backing it, not proposing it', () => {
    const found = extractTriples('Warsaw has ruled out sending soldiers, though it offers to serve as the logistics hub.');
    expect(found).toContain('SUPPORTS:poland:logistics-hub');
    expect(found).not.toContain('PROPOSED:poland:logistics-hub');
  });

  it('should keep a negation before "and would instead" in the first clause', () => {
    const found = stances('Tusk said that Poland would not deploy soldiers to Ukraine and would instead serve as the logistics hub for the effort.');
    expect(found).toContain('SUPPORTS:donald-tusk:logistics-hub');
    expect(found).toContain('OPPOSES:donald-tusk:european-peacekeeping-force');
    expect(found).not.toContain('OPPOSES:donald-tusk:logistics-hub');
  });

  it('should not read a hub visited, refused or of another kind as backed', () => {
    expect(stances('Tusk visited a logistics hub in Rzeszow on Monday.')).toEqual([]);
    expect(stances('Orban said Hungary would never host a logistics hub for the force.')).not.toContain('SUPPORTS:hungary:logistics-hub');
    expect(stances('Kosiniak-Kamysz said Poland would act as the hub for any reassurance force.').filter((t) => t.startsWith('SUPPORTS:'))).toEqual([]);
  });
});
