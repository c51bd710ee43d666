// Statement dates when the sentence names the date of something else (sentences written for these tests; names of
// real officials, invented wording): the day of a decision or document inside what was said ("said the plans agreed
// in Paris on 6 January …"), and a next sentence pointing at another person's words ("the Prime Minister's words in
// last week's statement"), against the forms that keep dating the statement.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines), said by `speaker`. */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker)?.date;
}

describe('#statedAt with the date of a decision named in what was said', () => {
  const lead = 'John Healey told MPs on Tuesday that no soldier would deploy without a vote.';

  it('should not date the statement by the day the plans it names were agreed', () => {
    const sentence = 'Mr Healey said the plans agreed in Paris on 6 January set out military hubs across Ukraine.';
    expect(dateOf([lead, '', sentence].join('\n'), '2026-01-14', sentence, ['Healey'])).toBe('2026-01-13');
  });

  it('should read "the accord signed on 3 March" and "the declaration adopted in March" the same way', () => {
    for (const sentence of ['Kaja Kallas argued that the accord signed on 3 March bound every member state.', 'Kaja Kallas said the declaration adopted in March was only a first step.']) {
      expect(dateOf([lead, '', sentence].join('\n'), '2026-03-18', sentence, ['Kallas']), sentence).toBe('2026-03-17');
    }
  });

  it('should still date a statement by the interview it was given in, or the meeting it was made at', () => {
    const interview = 'Merz said in an interview published on Sunday that Germany would decide later.';
    expect(dateOf(interview, '2025-09-03', interview, ['Merz'])).toBe('2025-08-31');
    const meeting = 'Macron said at the meeting held in Paris on 6 January that France would lead the hubs.';
    expect(dateOf(meeting, '2026-01-14', meeting, ['Macron'])).toBe('2026-01-06');
  });

  it('should still date the statement when the date is its own: "said on 6 January the plans …"', () => {
    const sentence = 'Mr Healey said on 6 January the plans agreed in Paris set out military hubs.';
    expect(dateOf(sentence, '2026-01-14', sentence, ['Healey'])).toBe('2026-01-06');
  });
});

describe('#statedAt with a next sentence pointing at words', () => {
  const lead = 'John Healey opened the debate on Tuesday.';

  it('should not take another person\'s words, dated in the next sentence, for the speaker\'s', () => {
    const text = [lead, '', 'Mr Healey said the hubs would be "well behind the line". He repeated the Prime Minister\'s words in last week\'s statement.'].join('\n');
    expect(dateOf(text, '2026-01-14', 'Mr Healey said the hubs would be "well behind the line".', ['Healey', 'Mr Healey'])).toBe('2026-01-13');
  });

  it('should still take the speaker\'s own remarks dated there', () => {
    const text = [lead, '', 'Rubio said the talks were "very productive". Rubio\'s remarks came on Friday.'].join('\n');
    expect(dateOf(text, '2026-01-14', 'Rubio said the talks were "very productive".', ['Rubio'])).toBe('2026-01-09');
  });
});

describe('#statedAt with the day in the next sentence, which quotes the same speaker by a pronoun', () => {
  const lead = 'The chancellor spoke on Tuesday evening.';

  it('should date a stance by the day given where the next sentence quotes the speaker', () => {
    const text = [lead, '', 'Herbert Kickl rejected any participation. Soldiers in Ukraine would be "a break with neutrality", he wrote on Monday evening.'].join('\n');
    expect(dateOf(text, '2025-03-19', 'Herbert Kickl rejected any participation.', ['Kickl'])).toBe('2025-03-17');
  });

  it('should not take the day of a next sentence that quotes someone named', () => {
    const text = [lead, '', 'Herbert Kickl rejected any participation. Soldiers in Ukraine would be "a step too far", Christian Stocker said on Monday.'].join('\n');
    expect(dateOf(text, '2025-03-19', 'Herbert Kickl rejected any participation.', ['Kickl'])).toBe('2025-03-18');
  });
});

describe('#statedAt after a quoted "today" whose sentence says when it was given', () => {
  it('should keep the day the quote was given for the reported speech after it', () => {
    const text = 'Christian Stocker is more careful. Yesterday evening he said on television that a decision "is not on the table today". First there must be a ceasefire, then a UN mandate.';
    expect(dateOf(text, '2025-03-19', 'First there must be a ceasefire, then a UN mandate.', ['Stocker'])).toBe('2025-03-18');
  });

  it('should still not take a day inside the quote for the speaker\'s', () => {
    const text = 'Emmanuel Macron spoke to the planners. "Five days ago in Paris we agreed the plan. Today we turn it into orders." The force will be ready within weeks, he said.';
    expect(dateOf(text, '2025-03-19', 'The force will be ready within weeks, he said.', ['Macron'])).toBe('2025-03-19');
  });
});

