// Round 16 statement dates (sentences written for these tests; invented people and places): mechanisms meant for text
// nobody has read.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date and precision statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const at = statedAt({ text, publishedAt }, start, start + sentence.length, speaker);
  return at && `${at.date} ${at.precision}`;
}

describe('#statedAt, round 16', () => {
  it('should count "The next day" under a story\'s subheading from the day told above it', () => {
    const text = [
      'Speaking in Oslo on Tuesday, Anna Berg said the new tariffs were a mistake.',
      '',
      '*Anna Berg at the press conference. Photo: pool*',
      '',
      'She added that talks would go on.',
      '',
      'Her deputy was more careful.',
      '',
      '## Talks in Bergen',
      '',
      'The next day Piet Maas hosted the northern ministers in Bergen.',
      '',
      'Maas called on them to send more air defence to the east.',
    ].join('\n');
    expect(dateOf(text, '2025-10-17', 'The next day Piet Maas hosted the northern ministers in Bergen.')).toBe('2025-10-15 DAY');
    expect(dateOf(text, '2025-10-17', 'Maas called on them to send more air defence to the east.')).toBe('2025-10-15 DAY');
  });

  it('should not count across a question heading, which starts an explainer\'s answer anew', () => {
    const text = ['Speaking in Oslo on Tuesday, Anna Berg said the new tariffs were a mistake.', '', '## What happens next?', '', 'The next day Piet Maas hosted the northern ministers in Bergen.'].join('\n');
    expect(dateOf(text, '2025-10-17', 'The next day Piet Maas hosted the northern ministers in Bergen.')).not.toBe('2025-10-15 DAY');
  });

  it('should date "X said on Friday that Y had told her …" on Friday for X, and not for Y', () => {
    const text = 'On Tuesday the ministers met in Oslo. Anna Berg said on Friday that Piet Maas had told her the force was ready.';
    const sentence = 'Anna Berg said on Friday that Piet Maas had told her the force was ready.';
    expect(dateOf(text, '2025-03-17', sentence, ['Anna Berg', 'Berg'])).toBe('2025-03-14 DAY');
    expect(dateOf(text, '2025-03-17', sentence, ['Piet Maas', 'Maas'])).toBe('2025-03-11 DAY');
    const told = 'Anna Berg told reporters on Friday that she had spoken to Piet Maas.';
    expect(dateOf(told, '2025-03-17', told, ['Anna Berg', 'Berg'])).toBe('2025-03-14 DAY');
  });

  it('should count "the day before the summit on 6 March" and "on the eve of the vote on Thursday" from the day the chain names', () => {
    const speaker = ['Anna Berg', 'Berg'];
    const eve = 'On the eve of the Oslo summit on 6 March, Anna Berg said her country was ready.';
    expect(dateOf(eve, '2025-03-17', eve, speaker)).toBe('2025-03-05 DAY');
    const before = 'Anna Berg said the day before the vote in parliament on Thursday that her party would back the force.';
    expect(dateOf(before, '2025-03-17', before, speaker)).toBe('2025-03-12 DAY');
    const after = 'Two days after the talks in Geneva on 3 March, Anna Berg wrote that nothing had changed.';
    expect(dateOf(after, '2025-03-17', after, speaker)).toBe('2025-03-05 DAY');
    // The chain's day sets the scene for what follows.
    const scene = [eve, '', '"We will not wait," she told reporters.'].join('\n');
    expect(dateOf(scene, '2025-03-17', '"We will not wait," she told reporters.', speaker)).toBe('2025-03-05 DAY');
  });

  it('should leave a chain followed by a clause, not a named thing, as it was: what the clause tells is on its own day', () => {
    const text = 'Anna Berg flew to Oslo on Thursday. Her visit came three days after Piet Maas met the king in the same room on Monday.';
    expect(dateOf(text, '2025-03-17', 'Her visit came three days after Piet Maas met the king in the same room on Monday.', ['Piet Maas', 'Maas'])).toBe('2025-03-10 DAY');
  });

  it('should take the date in brackets after a weekday, as "on Monday (3 March)" is written in translations', () => {
    const text = 'Anna Berg said on Monday (3 March) that her country was ready.';
    expect(dateOf(text, '2025-03-17', text, ['Anna Berg'])).toBe('2025-03-03 DAY');
    const thursday = 'On Thursday (6 March) Anna Berg told the parliament that her country was ready.';
    expect(dateOf(thursday, '2025-03-17', thursday, ['Anna Berg'])).toBe('2025-03-06 DAY');
  });

  it('should date "at the end of last year" and "the start of the year" to the year, and not read a day into them', () => {
    const end = 'Anna Berg said at the end of last year that her country was ready.';
    expect(dateOf(end, '2025-03-17', end, ['Anna Berg'])).toBe('2024 YEAR');
    const start = 'At the beginning of the year, Anna Berg said her country was ready.';
    expect(dateOf(start, '2025-03-17', start, ['Anna Berg'])).toBe('2025 YEAR');
    // The end of the article's own year is still to come: it dates nothing said.
    const deadline = 'Anna Berg said on Tuesday that the force would be ready by the end of the year.';
    expect(dateOf(deadline, '2025-03-17', deadline, ['Anna Berg'])).toBe('2025-03-11 DAY');
  });

  it('should date "a few days ago" and "at the start of the week" only to the month', () => {
    const few = 'Anna Berg said a few days ago that her country was ready.';
    expect(dateOf(few, '2025-03-02', few, ['Anna Berg'])).toBe('2025-02 APPROXIMATE');
    const week = 'At the start of the week Anna Berg said her country was ready.';
    expect(dateOf(week, '2025-03-14', week, ['Anna Berg'])).toBe('2025-03 APPROXIMATE');
  });

  it('should read "is due in Oslo on Thursday" ahead, so that it sets no scene for what follows', () => {
    const text = ['Anna Berg said on Monday that her country was ready.', '', 'Piet Maas is due in Oslo on Thursday.', '', 'Berg told reporters the force needed a backstop.'].join('\n');
    expect(dateOf(text, '2025-02-25', 'Berg told reporters the force needed a backstop.', ['Anna Berg', 'Berg'])).toBe('2025-02-24 DAY');
  });

  it('should read a day after "would" ahead of the story ("said he would travel to Oslo on Thursday"), not as when it was said', () => {
    const text = ['Anna Berg said on Monday that she would travel to Oslo on Thursday.', '', 'Berg told reporters the force needed a backstop.'].join('\n');
    expect(dateOf(text, '2025-03-15', 'Berg told reporters the force needed a backstop.', ['Anna Berg', 'Berg'])).toBe('2025-03-10 DAY');
    // What would have happened is no day ahead: "would have met on Thursday" is still Thursday.
    const had = 'Anna Berg said the ministers would have met on Thursday.';
    expect(dateOf(had, '2025-03-15', had, ['Anna Berg', 'Berg'])).toBe('2025-03-13 DAY');
  });

  it('should keep a "today" deep in a long sentence of reported speech the speaker\'s, so that it does not end the scene', () => {
    const text = 'Before the first round, on Sunday, the President told journalists in the capital that his country was ready for a compromise: instead of full membership of the alliance, for which the allies are not ready today, it could accept binding guarantees. "This is already a compromise," Anna Berg stressed.';
    expect(dateOf(text, '2025-12-16', '"This is already a compromise," Anna Berg stressed.', ['Anna Berg'])).toBe('2025-12-14 DAY');
  });

  it('should read a dateline whose place is in title case, or that has no place, as the article\'s own day', () => {
    const lead = 'Anna Berg said yesterday that her country was ready.';
    expect(dateOf(`Tromsø, 3 March 2025 — ${lead}`, '2025-03-04', lead, ['Anna Berg'])).toBe('2025-03-02 DAY');
    expect(dateOf(`March 3 (Wire) - ${lead}`, '2025-03-04', lead, ['Anna Berg'])).toBe('2025-03-02 DAY');
    // A sentence opening with a word and a comma is no dateline.
    const body = 'Meanwhile, Anna Berg said yesterday that her country was ready.';
    expect(dateOf(body, '2025-03-04', body, ['Anna Berg'])).toBe('2025-03-03 DAY');
  });

  it('should look for a future verb only in the date\'s own sentence, when the date opens the next one ("… would stop it. On Sunday he said")', () => {
    const text = 'Anna Berg said the guarantees would stop Russia from coming back. On Sunday she said she was ready.';
    expect(dateOf(text, '2025-02-24', 'On Sunday she said she was ready.', ['Anna Berg'])).toBe('2025-02-23 DAY');
  });

  it('should read an aside about the speaker between dashes or in brackets like one between commas', () => {
    for (const text of ['Anna Berg — who took office in January — said on Sunday her country was ready.', 'Anna Berg (sworn in on 3 January) said on Sunday her country was ready.']) {
      expect(dateOf(text, '2025-03-17', text, ['Anna Berg', 'Berg'])).toBe('2025-03-16 DAY');
      expect(dateOf(text, '2025-03-17', text)).toBe('2025-03-16 DAY');
    }
  });

  it('should date "in the night to Friday" by the morning it ended, as "overnight into Friday" is', () => {
    const text = 'In the night to Friday, Anna Berg said her country was ready.';
    expect(dateOf(text, '2025-03-16', text, ['Anna Berg'])).toBe('2025-03-14 DAY');
  });

  it('should read "On 13.3., …" and "on 13 March this year" as that day', () => {
    const numeric = 'On 13.3., Anna Berg said her country was ready.';
    expect(dateOf(numeric, '2025-03-16', numeric, ['Anna Berg'])).toBe('2025-03-13 DAY');
    const year = 'On 13 March this year, Anna Berg said her country was ready.';
    expect(dateOf(year, '2025-03-16', year, ['Anna Berg'])).toBe('2025-03-13 DAY');
    // A share is no day.
    const share = 'Anna Berg said growth fell on 2.5% inflation.';
    expect(dateOf(share, '2025-03-16', share, ['Anna Berg'])).toBe('2025-03-16 DAY');
  });
});
