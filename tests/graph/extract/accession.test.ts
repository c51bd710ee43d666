import { describe, expect, it } from 'vitest';
import { extractText } from './helpers';

// Sentences written for this test.
describe('NATO membership', () => {
  it("should not read another state's accession as Ukraine's membership", () => {
    const { ids } = extractText('The spokesman said the same thing about Finland and Sweden joining NATO.');
    expect(ids).not.toContain('nato-membership-for-ukraine');
  });

  it("should still read Ukraine joining NATO as Ukraine's membership", () => {
    expect(extractText('Moscow will never accept Ukraine joining NATO.').triples).toContain('OPPOSES:russia:nato-membership-for-ukraine');
  });
});
