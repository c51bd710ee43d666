import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Snippets written for these tests; the people and meetings are invented.
const attended = (text: string, publishedAt = '2025-06-11') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return [...r.relations, ...r.candidates].filter((x) => x.type === 'ATTENDED').map((x) => `${x.source}>${x.target}`).sort();
};
const both = (event: string) => [`lena-halvorsen>${event}`, `piet-maas>${event}`];

describe('lists of those at a gathering', () => {
  it('should read a list opening its sentence after the gathering was named', () => {
    expect(attended('The Bergen summit was held on Monday. Participants included Lena Halvorsen and Piet Maas.')).toEqual(both('bergen-summit-2025-06-09'));
    expect(attended('The Bergen summit was held on Monday. Those taking part included Lena Halvorsen and Piet Maas.')).toEqual(both('bergen-summit-2025-06-09'));
    expect(attended('The Bergen summit was held on Monday. The guest list included Lena Halvorsen and Piet Maas.')).toEqual(both('bergen-summit-2025-06-09'));
  });

  it('should not read a list still ahead or denied', () => {
    expect(attended('The Bergen summit was held on Monday. Participants will include Lena Halvorsen.')).toEqual([]);
    expect(attended('The Bergen summit was held on Monday. Guests did not include Lena Halvorsen.')).toEqual([]);
  });

  it('should read "Among them were" and "It was attended by" just after the sentence naming the gathering', () => {
    expect(attended('Leaders met in Paris on Monday for the Paris summit. Among them were Lena Halvorsen and Piet Maas.')).toEqual(both('paris-summit-2025-06-09'));
    expect(attended('The Bergen summit was held on Monday. It was attended by Lena Halvorsen and Piet Maas.')).toEqual(both('bergen-summit-2025-06-09'));
  });

  it('should not read "Among them" about a group that did not gather', () => {
    expect(attended('Several states criticised the Bergen summit on Monday. Among them were Austria and Lena Halvorsen.')).toEqual([]);
    // Told long after the gathering, "it" is something else.
    expect(attended(`The Bergen summit was held on Monday. ${'The plan was discussed at length by officials in several capitals over the week. '.repeat(5)}It was attended by Lena Halvorsen.`)).toEqual([]);
  });

  it('should read those "among the leaders present" and those "in attendance"', () => {
    expect(attended('The Bergen summit was held on Monday. Lena Halvorsen and Piet Maas were among the leaders present.')).toEqual(both('bergen-summit-2025-06-09'));
    expect(attended('The Bergen summit was held on Monday, with Lena Halvorsen and Piet Maas in attendance.')).toEqual(both('bergen-summit-2025-06-09'));
    expect(attended('The Bergen summit was held on Monday. Lena Halvorsen was among the leaders absent.')).toEqual([]);
  });
});
