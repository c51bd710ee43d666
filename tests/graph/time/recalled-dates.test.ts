// Statement dates when a past event is recalled in passing after the story's day (sentences written for these tests;
// names of real officials, invented wording): "Yesterday they met … their first meeting since the row in February",
// a paragraph recalling "the accord signed in Rome on 2 March" between the day's lead and the next speaker, and the
// cases that keep their old reading (a new day stated later, history, a chain counted from the day).
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length)?.date;
}

describe('#statedAt after a date recalled in passing', () => {
  const transcript = [
    'PRESENTER: Good morning. Yesterday, before the ceremony began, Donald Trump and Volodymyr Zelensky sat down together in Rome. It was their first meeting since the row in February. Our correspondent was there.',
    '',
    'CORRESPONDENT: They talked for a quarter of an hour. Zelensky said afterwards that he wanted a full ceasefire.',
    '',
    'PRESENTER: And the Europeans?',
    '',
    'CORRESPONDENT: Emmanuel Macron spoke with Zelensky before the service.',
  ].join('\n');

  it('should keep the day of the scene in the next paragraph, past a month recalled after it', () => {
    expect(dateOf(transcript, '2025-04-27', 'Zelensky said afterwards that he wanted a full ceasefire.')).toBe('2025-04-26');
  });

  it('should keep it across speaker turns without dates', () => {
    expect(dateOf(transcript, '2025-04-27', 'CORRESPONDENT: Emmanuel Macron spoke with Zelensky before the service.')).toBe('2025-04-26');
  });

  it('should keep it within the paragraph, in the sentence after the recalled month', () => {
    const text = 'Yesterday Keir Starmer met Emmanuel Macron in Paris. It was their first talk since the summit in March. Starmer said Britain would send planners.';
    expect(dateOf(text, '2025-06-11', 'Starmer said Britain would send planners.')).toBe('2025-06-10');
  });

  const report = [
    'Defence Secretary John Healey told MPs on Tuesday that the force would not deploy without a vote.',
    '',
    'Mr Healey said the accord signed in Rome on 2 March set out the plan, and that Britain would lead it.',
    '',
    'James Cartlidge said his party backed the force in principle.',
  ].join('\n');

  it('should reach back past a paragraph recalling an earlier day to the day of the debate', () => {
    expect(dateOf(report, '2025-03-19', 'James Cartlidge said his party backed the force in principle.')).toBe('2025-03-18');
  });

  it('should count a chain from the story\'s day, not from a month recalled after it', () => {
    const text = [
      'On Friday the leaders agreed the loan. The coalition meets again in Paris in early January.',
      '',
      'A day later, Dmitry Peskov rejected the loan.',
    ].join('\n');
    expect(dateOf(text, '2025-12-22', 'A day later, Dmitry Peskov rejected the loan.')).toBe('2025-12-20');
  });

  it('should still take a later day stated after the recalled one as the new scene', () => {
    const text = 'Yesterday Starmer met Macron. It was their first talk since March. On Saturday Merz called them. Merz said he backed the plan.';
    expect(dateOf(text, '2025-06-11', 'Merz said he backed the plan.')).toBe('2025-06-07');
  });

  it('should not reach back past history: a year alone ends the search', () => {
    const text = [
      'On Monday the envoys met in Paris.',
      '',
      '"In 2015 we had nothing but binoculars," the planner said.',
      '',
      'She is blunt about the plan some in Moscow have floated.',
    ].join('\n');
    expect(dateOf(text, '2026-01-16', 'She is blunt about the plan some in Moscow have floated.')).toBe('2026-01-16');
  });

  it('should take the day a paragraph states before a vaguer date within it, as the scene of the next', () => {
    const text = [
      'John Healey told MPs on Tuesday that the force would wait for a vote. "That was true last week and it is true today," he said.',
      '',
      'Helen Maguire welcomed the promise of a vote.',
    ].join('\n');
    expect(dateOf(text, '2026-01-14', 'Helen Maguire welcomed the promise of a vote.')).toBe('2026-01-13');
  });
});
