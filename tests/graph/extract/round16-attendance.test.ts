import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 16: a gathering told only by the verb that held it, and presence told after it without naming it again
// ("X joined", "dialled in", "chaired it", "and so did Y"). Sentences written for these tests; people and meetings invented.
const extract = (text: string, publishedAt = '2025-03-12') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    triples: [...r.relations, ...r.candidates].map((x) => `${x.type}:${x.source}:${x.target}`),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>) => [...new Set(r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]))].sort();

describe('a gathering held by its verb', () => {
  it('should make a dated call that a group "held" an event of that day', () => {
    const r = extract('Last Thursday the coalition held another call. Anna Lind chaired it from Oslo.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-03-06']);
    expect(attendees(r)).toEqual(['anna-lind']);
  });

  it('should not make an event of a meeting held with someone, nor of one the text does not date to a day', () => {
    expect(extract('On Monday Anna Lind held a meeting with Piet Smit.').events).toEqual([]);
    expect(extract('The ministers held a meeting earlier this year.').events).toEqual([]);
  });
});

describe('presence told after the gathering is named', () => {
  const call = 'On Tuesday Anna Lind hosted a video call of the northern group.';

  it('should place those who "dialled in" and those who chaired or attended "it"', () => {
    expect(attendees(extract(`${call} Piet Smit and Eva Holm dialled in from Riga.`))).toEqual(['anna-lind', 'eva-holm', 'piet-smit']);
    expect(attendees(extract(`${call} Piet Smit co-chaired it from Riga.`))).toEqual(['anna-lind', 'piet-smit']);
  });

  it('should place one who "joined" with no object, and those who "so did"', () => {
    const r = extract(`${call} Piet Smit joined, and so did two senators, Tom Reed and Eva Holm.`);
    expect(attendees(r)).toEqual(['anna-lind', 'eva-holm', 'piet-smit', 'tom-reed']);
  });

  it('should not place one who joined something else, or far from any gathering', () => {
    expect(attendees(extract(`${call} Piet Smit joined the bank's board.`))).toEqual(['anna-lind']);
    expect(attendees(extract('Piet Smit joined, and so did Eva Holm.'))).toEqual([]);
  });
});
