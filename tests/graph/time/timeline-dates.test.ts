// Statement dates in a fact-check's timeline and with "the previous week" (sentences written for these tests; names
// of real officials, invented wording): bullets that open with their day in bold, where a later date in the bullet
// tells what was ordered or hoped for, not when; "Later" counted from the bullet's day; "the previous week" counted
// back from the day stated before it.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines), said by `speaker`. */
function stated(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker);
}

describe('#statedAt in a timeline of bullets labelled with their day', () => {
  const timeline = [
    '## Timeline',
    '',
    '- **April 19, Saturday.** At a meeting with his generals, Vladimir Putin ordered a halt to fighting until midnight after Easter Sunday.',
    '- **April 20, Easter Sunday.** Volodymyr Zelensky offered a longer pause. Donald Trump wrote that he hoped for "a deal this week".',
    '- **April 21, Monday.** Dmitry Peskov said no order had been given. Later the Kremlin said it was open to talks on civilian targets.',
  ].join('\n');

  it('should date what a bullet tells by its day, not by a later day it names', () => {
    expect(stated(timeline, '2025-04-22', 'At a meeting with his generals, Vladimir Putin ordered a halt to fighting until midnight after Easter Sunday.', ['Putin'])?.date).toBe('2025-04-19');
  });

  it('should not let a vaguer date in a quote override the bullet\'s day', () => {
    expect(stated(timeline, '2025-04-22', 'Donald Trump wrote that he hoped for "a deal this week".', ['Trump'])?.date).toBe('2025-04-20');
  });

  it('should count "Later" from the bullet\'s day', () => {
    expect(stated(timeline, '2025-04-22', 'Later the Kremlin said it was open to talks on civilian targets.', ['Kremlin'])?.date).toBe('2025-04-21');
  });

  it('should leave a paragraph without such a label to its own dates', () => {
    const text = 'Vladimir Putin spoke on Saturday. On Sunday he ordered a halt to fighting.';
    expect(stated(text, '2025-04-22', 'On Sunday he ordered a halt to fighting.', ['Putin'])?.date).toBe('2025-04-20');
  });
});

describe('#statedAt "the previous week"', () => {
  it('should count a week back from the day stated before, to the month only', () => {
    const text = 'On Monday the minister went to Brussels and backed the plan of Kaja Kallas. Kallas had presented the plan to the ministers the previous week.';
    const at = stated(text, '2025-03-19', 'Kallas had presented the plan to the ministers the previous week.', ['Kallas']);
    expect([at?.date, at?.precision]).toEqual(['2025-03', 'APPROXIMATE']);
  });

  it('should keep "the previous day" a day back', () => {
    const text = 'On Monday the minister went to Brussels. Kallas had presented the plan the previous day.';
    expect(stated(text, '2025-03-19', 'Kallas had presented the plan the previous day.', ['Kallas'])?.date).toBe('2025-03-16');
  });
});
