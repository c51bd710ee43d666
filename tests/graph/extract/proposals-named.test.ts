import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// A plan named by what it would do ("a plan to rearm Europe") is a proposal of its own, unless what it would do is
// one the extractor already knows ("a plan to send troops" is the European force).
describe('a plan named by its purpose', () => {
  it('should name a new proposal and give it to whoever presents it', () => {
    const r = extractText('Nora Lind said on Sunday that she would present a plan to rearm Europe to EU leaders within days.');
    expect(r.triples).toContain('PROPOSED:nora-lind:plan-to-rearm-europe');
  });

  it('should leave a plan to send troops to the known concept', () => {
    const r = extractText('Ivo Marek presented a plan to send troops to Ukraine.');
    expect(r.entities.map((e) => e.id)).not.toContain('plan-to-send-troops');
  });
});
