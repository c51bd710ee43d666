import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, searchEvidence } from '@/graph';
import { seedGraph } from '../support/fixtures';

describe('#searchEvidence', () => {
  const kg = seedGraph();

  it('should find the quotes that contain a word, with the relation they back', () => {
    const matches = searchEvidence(kg, 'premature');
    expect(matches.length).toBeGreaterThan(0);
    for (const { relation, evidence } of matches) {
      expect(evidence.quote).toMatch(/premature/i);
      expect(relation.evidence).toContainEqual(evidence);
    }
  });

  it('should need every word as the start of a word, without regard to case or accents', () => {
    expect(searchEvidence(kg, 'PREMATUR').length).toBe(searchEvidence(kg, 'premature').length);
    expect(searchEvidence(kg, 'remature')).toEqual([]);
    for (const { evidence } of searchEvidence(kg, 'germany premature', 50)) expect(evidence.quote).toMatch(/german/i);
  });

  it('should honour first and refuse it out of range', () => {
    expect(searchEvidence(kg, 'troops', 2)).toHaveLength(2);
    expect(() => searchEvidence(kg, 'troops', 0)).toThrow(InvalidArgumentError);
    expect(searchEvidence(kg, '  ')).toEqual([]);
  });
});
