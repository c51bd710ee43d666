// Round 15 statement dates (sentences written for these tests; invented people): a lead dated by the next paragraph
// naming its speaker by title or name, a year moved on by "a year later", and a day that belongs to what the
// statement came before ("Before the summit on 17 February, … wrote").
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date and precision statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const at = statedAt({ text, publishedAt }, start, start + sentence.length);
  return at && `${at.date} ${at.precision}`;
}

describe('#statedAt, round 15', () => {
  it('should date a lead by the next paragraph when it says "The Head of State said this … on Monday"', () => {
    const text = ['President Anna Berg stated that the talks had brought real progress.', '', 'The Head of State said this at a press conference in Oslo on Monday, the correspondent reports.'].join('\n');
    expect(dateOf(text, '2025-12-17', 'President Anna Berg stated that the talks had brought real progress.')).toBe('2025-12-15 DAY');
  });

  it('should also take a name in place of a pronoun, and still leave a lead alone when the next paragraph points back at nothing', () => {
    const named = ['Anna Berg stated that the talks had brought real progress.', '', 'Berg said this in Oslo on Monday.'].join('\n');
    expect(dateOf(named, '2025-12-17', 'Anna Berg stated that the talks had brought real progress.')).toBe('2025-12-15 DAY');
    const other = ['Anna Berg stated that the talks had brought real progress.', '', 'Piet Maas flew to Oslo on Monday.'].join('\n');
    expect(dateOf(other, '2025-12-17', 'Anna Berg stated that the talks had brought real progress.')).toBe('2025-12-17 DAY');
  });

  it('should move the story\'s year on after "a year later"', () => {
    const text = 'Anna Berg first floated the idea in February 2024 and was told off. A year later the mood had changed. On 17 February Piet Maas said he backed it.';
    expect(dateOf(text, '2025-12-03', 'A year later the mood had changed.')).toBe('2025-02 MONTH');
    expect(dateOf(text, '2025-12-03', 'On 17 February Piet Maas said he backed it.')).toBe('2025-02-17 DAY');
  });

  it('should date a statement made before a dated event only to that month', () => {
    const text = 'Before an emergency summit at the palace on 17 February, Piet Maas wrote that his country was ready.';
    expect(dateOf(text, '2025-03-03', text)).toBe('2025-02 MONTH');
    // The event's own date is still the event's: a sentence that opens with the day is that day.
    const on = 'On 17 February, at an emergency summit at the palace, Piet Maas said his country was ready.';
    expect(dateOf(on, '2025-03-03', on)).toBe('2025-02-17 DAY');
  });

  it("should not let a date in an aside on what was announced set the scene for the sentences after it", () => {
    const text = 'Speaking to reporters on Thursday, Anna Berg called the new U.S. restrictions, announced by the U.S. Treasury a day earlier, an unfriendly act. She stressed that they would not work.';
    expect(dateOf(text, '2025-10-25', 'She stressed that they would not work.')).toBe('2025-10-23 DAY');
  });
});
