// Statement dates in a form a thirteenth outside-written set (a Kremlin briefing) showed: a quoted "today" in a
// sentence whose perfect tense ("We have said this many times") would step out of the scene. The quote was given on the
// briefing's day, which the paragraph before set. Sentences written for these tests, invented wording.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker)?.date;
}

describe('#statedAt on a quoted "today" in the perfect tense', () => {
  const text = [
    'The ministry spokeswoman Maria Zakharova spoke at her weekly briefing on Thursday.',
    '"Foreign contingents are unacceptable for us. We have said this many times, and we say it again today," Zakharova stressed.',
  ].join('\n\n');

  it('should date it on the day of the briefing the paragraph before set, not on the publication day', () => {
    expect(dateOf(text, '2025-06-06', 'We have said this many times, and we say it again today," Zakharova stressed.', ['Zakharova'])).toBe('2025-06-05');
  });

  it('should still let a perfect tense without a quoted "today" step out of the scene', () => {
    const plain = text.replace('and we say it again today', 'and we will say it again');
    expect(dateOf(plain, '2025-06-06', 'We have said this many times, and we will say it again," Zakharova stressed.', ['Zakharova'])).toBe('2025-06-06');
  });

  it('should not read a quoted "now" as the day the quote was given', () => {
    const now = text.replace('and we say it again today', 'and now we must act');
    expect(dateOf(now, '2025-06-06', 'We have said this many times, and now we must act," Zakharova stressed.', ['Zakharova'])).toBe('2025-06-06');
  });
});

describe('#statedAt on a statement told in the past perfect at a dated gathering', () => {
  const text = [
    'The leaders met at the Élysée on 4 September.',
    'Poland. The defence minister Jonas Ek said on Monday that Polish soldiers would stay home. Prime Minister Lena Halvorsen had said the same in Paris: Poland will not send troops.',
    'Croatia. Piet Maas spoke the day before the Paris meeting.',
  ].join('\n\n');
  // The gathering as the event reader gives it: "the Paris meeting", dated from the Élysée's day.
  const events = [{ start: text.indexOf('Paris meeting'), end: text.indexOf('Paris meeting') + 'Paris meeting'.length, date: '2025-09-04' }];
  const dated = (sentence: string, speaker: string[]) => {
    const start = text.indexOf(sentence);
    return statedAt({ text, publishedAt: '2025-09-13' }, start, start + sentence.length, speaker, { events })?.date;
  };

  it('should date "had said the same in Paris" on the day of the Paris gathering named later, not the paragraph\'s Monday', () => {
    expect(dated('Prime Minister Lena Halvorsen had said the same in Paris: Poland will not send troops.', ['Lena Halvorsen'])).toBe('2025-09-04');
  });

  it('should keep the paragraph\'s Monday for a past perfect said nowhere the article dates', () => {
    const moved = text.replace('had said the same in Paris', 'had said the same in private');
    const start = moved.indexOf('Prime Minister Lena Halvorsen had said the same in private');
    const sentence = 'Prime Minister Lena Halvorsen had said the same in private: Poland will not send troops.';
    expect(statedAt({ text: moved, publishedAt: '2025-09-13' }, start, start + sentence.length, ['Lena Halvorsen'], { events })?.date).toBe('2025-09-08');
  });
});
