import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';
import { readEventDate } from '@/graph/extract/event-date';

// Snippets written for these tests; the people and meetings are invented.
const extract = (text: string, publishedAt = '2025-06-11') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return { ...r, triples: [...r.relations, ...r.candidates].map((x) => `${x.type}:${x.source}:${x.target}`), events: r.entities.filter((e) => e.type === 'EVENT') };
};

describe('#readEventDate', () => {
  it('should read explicit, weekday, relative and month dates against the publication date', () => {
    expect(readEventDate('met on 3 June', '2025-06-11')?.date).toBe('2025-06-03');
    expect(readEventDate('met on Feb. 17, 2024', '2025-06-11')?.date).toBe('2024-02-17');
    expect(readEventDate('met on Monday', '2025-06-11')?.date).toBe('2025-06-09'); // a Wednesday paper
    expect(readEventDate('met yesterday', '2025-06-11')?.date).toBe('2025-06-10');
    expect(readEventDate('talks in December', '2025-06-11')).toEqual({ date: '2024-12', precision: 'MONTH' });
    expect(readEventDate('no date here', '2025-06-11')).toBeUndefined();
  });
});

describe('#findEvents and #attendance', () => {
  it('should make a named summit an EVENT with its date, and ATTENDED for who took part', () => {
    const r = extract('Prime Minister Lena Halvorsen attended the Tromsø summit on Monday. Hans Berger also took part in the summit.');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Tromsø summit', '2025-06-09']]);
    expect(r.triples).toEqual(expect.arrayContaining(['ATTENDED:lena-halvorsen:tromso-summit-2025-06-09', 'ATTENDED:hans-berger:tromso-summit-2025-06-09']));
  });

  it('should read the host and the guests of a gathering named just before', () => {
    const r = extract('Leaders gathered for the Bergen summit on Sunday. Lena Halvorsen is hosting Piet Maas (Netherlands), Ruth Keller (Austria) and Aino Laine (Finland).');
    const attended = r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]).sort();
    expect(attended).toEqual(['aino-laine', 'lena-halvorsen', 'piet-maas', 'ruth-keller']);
  });

  it('should not count announced, cancelled or refused attendance', () => {
    const r = extract('Hans Berger will attend the Bergen summit on Friday. Piet Maas cancelled his trip and did not attend the Bergen summit.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:'))).toEqual([]);
  });

  it('should give a phone call between two leaders an event both attended', () => {
    const r = extract('On Tuesday, Hans Berger held a phone call with Lena Halvorsen.');
    expect(r.triples).toContain('MET_WITH:hans-berger:lena-halvorsen');
  });

  it('should not take a news conference or a verb for an event', () => {
    const r = extract('Hans Berger gave a news conference in Oslo on Monday. Warsaw talks about it with Berlin.');
    expect(r.events).toEqual([]);
  });

  it('should read "the extraordinary European Council" as a meeting, beside the body itself', () => {
    const r = extract('On Thursday, at the extraordinary European Council in Brussels, Ivo Marek said Latvia supports the peacekeeping force.');
    expect(r.events[0]?.name).toBe('Extraordinary European Council');
    expect(r.entities.map((e) => e.id)).toContain('european-council');
    // The body alone is no meeting.
    expect(extract('The European Council said Latvia supports the peacekeeping force.').events).toEqual([]);
  });
});
