import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 18, second half (s77): events named with the place they were held in.
// Sentences written for these tests; people and meetings invented.
const extract = (text: string, publishedAt = '2025-06-16') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    events: r.entities.filter((e) => e.type === 'EVENT'),
    attended: r.relations.filter((x) => x.type === 'ATTENDED').map((x) => `${x.source}:${x.target}`),
  };
};

describe('a named gathering followed by its city', () => {
  it('should name "the NATO summit in The Hague" with its place, the short name an alias', () => {
    const [event] = extract('Prime Minister Anna Lind spoke at the NATO summit in The Hague on Tuesday.').events;
    expect(event.name).toBe('NATO summit in The Hague');
    expect(event.aliases).toContain('NATO summit');
  });

  it('should do so after a lower-case qualifier, and not take a month or a room for the place', () => {
    expect(extract('Anna Lind flew to an emergency summit in Oslo on Monday.').events.map((e) => e.name)).toEqual(['Emergency summit in Oslo']);
    expect(extract('Anna Lind spoke at the Oslo summit in June.').events.map((e) => e.name)).toEqual(['Oslo summit']);
    expect(extract('Anna Lind spoke at the Oslo summit in Oslo on Monday.').events.map((e) => e.name)).toEqual(['Oslo summit']);
  });
});

describe('a gathering named by two sides joined with a dash', () => {
  it('should keep both sides in its name', () => {
    expect(extract('Anna Lind followed the Lind–Smit summit in Oslo on Monday.').events.map((e) => e.name)).toEqual(['Lind–Smit summit in Oslo']);
  });
});

describe('the host of a gathering still ahead', () => {
  it('should not place the host of a summit the sentence puts ahead', () => {
    expect(extract('Leaders would meet at an emergency summit in Oslo on Monday convened by Prime Minister Anna Lind.').attended).toEqual([]);
  });

  it('should place the host of a summit held', () => {
    expect(extract('Leaders met at an emergency summit in Oslo on Monday convened by Prime Minister Anna Lind.').attended).toContain('anna-lind:emergency-summit-in-oslo-2025-06-16');
  });
});
