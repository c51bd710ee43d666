import { describe, it, expect } from 'vitest';
import { createExtractor, extractArticles } from '@/graph/extract/pipeline';
import { extractText } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#confidence and candidates', () => {
  it('should give every relation a confidence between 0 and 1, lower for a hedged stance', () => {
    const r = extractText('Finland supports the peacekeeping force. Estonia could possibly support the peacekeeping force.');
    for (const rel of [...r.relations, ...r.candidates]) expect(rel.confidence).toBeGreaterThan(0), expect(rel.confidence).toBeLessThanOrEqual(1);
    const plain = r.relation('SUPPORTS', 'finland', 'european-peacekeeping-force')!;
    const hedged = [...r.relations, ...r.candidates].find((x) => x.source === 'estonia')!;
    expect(hedged.confidence).toBeLessThan(plain.confidence);
  });

  it('should keep relations below the threshold as candidates, not relations', () => {
    const text = 'Finland supports the peacekeeping force.';
    const strict = createExtractor([], 0.99)({ id: 'a', title: 'a', text });
    expect(strict.relations).toEqual([]);
    expect(strict.candidates.map((c) => `${c.type}:${c.source}:${c.target}`)).toEqual(['SUPPORTS:finland:european-peacekeeping-force']);
  });

  it('should raise confidence when several articles give evidence', () => {
    const one = { id: 'one', title: 'One', text: 'Finland supports the peacekeeping force.' };
    const two = { id: 'two', title: 'Two', text: 'Helsinki said Finland supports the peacekeeping force.' };
    const single = extractArticles([one]).relations[0];
    const merged = extractArticles([one, two]).relations.find((r) => r.source === 'finland' && r.type === 'SUPPORTS')!;
    expect(merged.evidence).toHaveLength(2);
    expect(merged.confidence).toBeGreaterThan(single.confidence);
  });
});
