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

describe('greeting someone at a seat of office', () => {
  it('should read a greeting at a seat on a day the clause gives as a meeting there', () => {
    expect(attended('*Lena Halvorsen greets Piet Maas at the Élysée on Monday. Photo: pool*')).toEqual(both('meeting-at-the-elysee-2025-06-09'));
  });

  it('should not read a greeting still ahead, nor one the clause does not date', () => {
    expect(attended('Lena Halvorsen is expected to be greeting Piet Maas at the Élysée on Friday.')).toEqual([]);
    expect(attended('Lena Halvorsen has often greeted Piet Maas at the Élysée.')).toEqual([]);
  });
});

describe('a gathering a headline tells in the present tense', () => {
  it('should date it to the article\'s own day', () => {
    expect(attended('# Live: Norway and Austria hold a second round of talks in Bergen — no deal yet\n\nLena Halvorsen attended the talks.')).toEqual(['austria>talks-in-bergen-2025-06-11', 'lena-halvorsen>talks-in-bergen-2025-06-11', 'norway>talks-in-bergen-2025-06-11']);
  });

  it('should not date one still ahead, nor one the headline only names', () => {
    const events = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-06-11' }).entities.filter((e) => e.type === 'EVENT').map((e) => e.id);
    expect(events('# Norway and Austria to hold talks in Bergen\n\nLena Halvorsen said so.')).toEqual(['talks-in-bergen']);
    expect(events('# Halvorsen criticises the Bergen summit\n\nPiet Maas attended the summit.')).toEqual(['bergen-summit']);
  });
});

describe('speaking to those gathered', () => {
  it('should read "told fellow leaders" as presence at the gathering just named', () => {
    expect(attended('The Bergen summit was held on Monday. Lena Halvorsen told fellow leaders that the force was ready.')).toEqual(['lena-halvorsen>bergen-summit-2025-06-09']);
  });

  it('should not read leaders told from afar, nor told nothing yet', () => {
    expect(attended('Lena Halvorsen told fellow leaders that the force was ready.')).toEqual([]);
    expect(attended('The Bergen summit was held on Monday. Lena Halvorsen will tell fellow leaders that the force is ready.')).toEqual([]);
  });
});

describe('three named arriving together in a city', () => {
  it('should read "arrived together in Bergen on Saturday" as a gathering there', () => {
    expect(attended('Piet Maas, Ruth Keller and Aino Laine arrived together in Bergen on Saturday.')).toEqual(['aino-laine>meeting-in-bergen-2025-06-07', 'piet-maas>meeting-in-bergen-2025-06-07', 'ruth-keller>meeting-in-bergen-2025-06-07']);
  });

  it('should not read a trip still ahead', () => {
    expect(attended('Piet Maas, Ruth Keller and Aino Laine will travel together to Bergen on Saturday.')).toEqual([]);
  });
});
