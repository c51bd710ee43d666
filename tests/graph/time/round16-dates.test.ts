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
});
