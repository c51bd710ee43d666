// Statement dates, round 18 (sentences written for these tests; names of real officials, invented wording): a wire's
// lead under a dateline that names a gathering dated further down ("after talks in Oslo" held the day before the
// filing day).
import { describe, expect, it } from 'vitest';
import { findEvents } from '@/graph/extract/events';
import { splitSentences } from '@/graph/extract/sentences';
import { ownDayOf, statedAt } from '@/graph/time/stated-at';

/** The date of `sentence`, with the article's events (as the pipeline finds them) in context. */
function withEvents(text: string, publishedAt: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const events = findEvents(text, splitSentences(text), publishedAt, ownDayOf({ text, publishedAt }));
  return statedAt({ text, publishedAt }, start, start + sentence.length, [], { events })?.date;
}

describe('#statedAt in a wire lead under a dateline', () => {
  const wire = [
    '# Finland backs Nordic air patrols after Oslo talks',
    '',
    'OSLO/HELSINKI, June 5 (Wire) - Finland said it was ready to join Nordic air patrols over Ukraine after six hours of talks in Oslo, and Norway said it would host the mission headquarters.',
    '',
    'Alexander Stubb told reporters after Wednesday\'s talks in Oslo that the patrols needed a ceasefire first.',
  ].join('\n');

  it('should date the lead by the gathering it names, which the article dates further down, not by the dateline', () => {
    expect(withEvents(wire, '2025-06-05', 'Finland said it was ready to join Nordic air patrols')).toBe('2025-06-04');
  });

  it('should date the headline so too', () => {
    expect(withEvents(wire, '2025-06-05', '# Finland backs Nordic air patrols after Oslo talks')).toBe('2025-06-04');
  });

  it('should still date a lead naming no gathering by the filing day', () => {
    const plain = 'OSLO, June 5 (Wire) - Finland said it was ready to join Nordic air patrols over Ukraine once a ceasefire holds.';
    expect(withEvents(plain, '2025-06-05', 'Finland said it was ready')).toBe('2025-06-05');
  });
});
