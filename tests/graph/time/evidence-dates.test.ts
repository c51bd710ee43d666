import { describe, expect, it } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';
import { readEventDate } from '@/graph/extract/event-date';

// Snippets written for these tests; the people and meetings are invented.
const extract = (text: string, publishedAt: string) => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return [...r.relations, ...r.candidates];
};

describe('statement dates on extracted evidence', () => {
  it('should date attendance by the day of the event, where the sentence gives none', () => {
    const relations = extract('Lena Halvorsen closed Sunday\'s Bergen summit with a pledge.\n\n**Who was in the room**\n\nAround the table sat Piet Maas, Ruth Keller and Aino Laine.', '2025-06-11');
    const attended = relations.filter((r) => r.type === 'ATTENDED' && ['piet-maas', 'ruth-keller', 'aino-laine'].includes(r.source));
    expect(attended).toHaveLength(3);
    for (const r of attended) expect(r.evidence[0].statedAt).toEqual({ date: '2025-06-08', precision: 'DAY', source: 'TEXT' });
  });

  it('should date a statement made after a dated meeting by that meeting, across a subheading', () => {
    const relations = extract('Piet Maas and Ruth Keller held talks in Bergen yesterday.\n\n## The outcome\n\nAfter the talks, Piet Maas said he supported a ceasefire.', '2025-06-11');
    const support = relations.find((r) => r.type === 'SUPPORTS' && r.source === 'piet-maas');
    expect(support?.evidence[0].statedAt).toEqual({ date: '2025-06-10', precision: 'DAY', source: 'TEXT' });
  });

  it('should read an event\'s date only from the clause that names it', () => {
    const sentence = 'The Bergen summit ended without a statement, and delegations fly to Oslo tomorrow.';
    expect(readEventDate(sentence, '2025-06-11', sentence.indexOf('Bergen'))).toBeUndefined();
    expect(readEventDate('Leaders met at the Bergen summit on Monday, and Maas spoke.', '2025-06-11', 19)).toEqual({ date: '2025-06-09', precision: 'DAY' });
  });
});
