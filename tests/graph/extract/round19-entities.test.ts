import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 19 (s82): entity finding. Sentences written for these tests; names invented.
describe('a concept proposal carries the concept\'s other names', () => {
  it('should give the European force found as "Italian soldiers" its usual names as aliases', () => {
    const r = extractText('Rome said it would not send Italian soldiers to Ukraine.');
    const force = r.entities.find((e) => e.id === 'european-peacekeeping-force');
    expect(force?.aliases).toEqual(expect.arrayContaining(['European force', 'European troops']));
  });

  it('should leave a proposal named in its own words with its own surfaces only', () => {
    const r = extractText('The ministers discussed the drone wall plan on Monday.');
    const plan = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(plan?.aliases ?? []).not.toContain('European force');
  });
});
