// Statement dates in forms a twelfth outside-written set (the test half's mainstream styles) showed; sentences written
// for these tests, names of real officials, invented wording: a year a thing is for ("aid for this year"), which dates
// no statement and sets no scene; a day of the month alone ("on the 15th") after a paragraph that set another month;
// "the following night"; a weekday after a sentence ending "from coming back" (no future cue); and a day counted from a fronted date right after the verb of saying ("After the summit on
// Friday, 15 August, Trump wrote the next morning …").
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = [], target: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker, { target })?.date;
}

describe('#statedAt on a year a thing is for', () => {
  const text = [
    'BERLIN, March 4 (Wire) — Defence ministers met in Berlin on Tuesday to plan the next steps.',
    'Boris Pistorius announced 2 billion euros in air defence for this year but said it was too early to talk about German soldiers.',
    'Kaja Kallas told the meeting that Europe needed a plan of its own.',
  ].join('\n\n');

  it('should not date the statement by the year the money is for', () => {
    expect(dateOf(text, '2025-03-04', 'Boris Pistorius announced 2 billion euros in air defence for this year but said it was too early to talk about German soldiers.', ['Pistorius'])).toBe('2025-03-04');
  });

  it('should not let that year stand as the scene of the next paragraph', () => {
    expect(dateOf(text, '2025-03-04', 'Kaja Kallas told the meeting that Europe needed a plan of its own.', ['Kallas'])).toBe('2025-03-04');
  });

  it('should keep a next year\'s budget out of a statement dated by its own day', () => {
    const own = 'On Monday, Pedro Sánchez promised 1 billion euros for next year.';
    expect(dateOf(own, '2025-02-26', own, ['Sánchez'])).toBe('2025-02-24');
  });
});

describe('#statedAt on a day of the month alone after a paragraph that set the month', () => {
  const text = [
    'At the talks in Jeddah on 11 March, the Ukrainian side accepted a 30-day ceasefire. Two days later, Vladimir Putin said there were nuances.',
    'Keir Starmer hosted a video call of European leaders on the 15th.',
  ].join('\n\n');

  it('should read "on the 15th" in the month the paragraph before it set, not the article\'s month', () => {
    expect(dateOf(text, '2025-08-21', 'Keir Starmer hosted a video call of European leaders on the 15th.', ['Starmer'])).toBe('2025-03-15');
  });

  it('should still read it in the article\'s month when nothing before sets another', () => {
    const alone = 'Keir Starmer hosted a video call of European leaders on the 15th.';
    expect(dateOf(alone, '2025-08-21', alone, ['Starmer'])).toBe('2025-08-15');
  });

  it('should not move it back before the date the paragraph before it set', () => {
    // The 5th of March would come before the 13th: the 5th is the article's month's.
    const before = ['On 13 March, Vladimir Putin said there were nuances.', 'Keir Starmer spoke to Donald Trump on the 5th.'].join('\n\n');
    expect(dateOf(before, '2025-04-08', 'Keir Starmer spoke to Donald Trump on the 5th.', ['Starmer'])).toBe('2025-04-05');
  });
});

describe('#statedAt on "the following night"', () => {
  it('should count the night after the day stated before it', () => {
    const text = 'On 10 May, four leaders in Kyiv demanded a ceasefire. Vladimir Putin answered the following night with an offer of talks in Istanbul.';
    expect(dateOf(text, '2025-08-21', 'Vladimir Putin answered the following night with an offer of talks in Istanbul.', ['Putin'])).toBe('2025-05-11');
  });

  it('should count from the day stated before when a vaguer date of the same month follows it', () => {
    const text = 'At the Kyiv meeting on 10 May, four leaders demanded a ceasefire from 12 May. Vladimir Putin answered the following night with an offer of talks.';
    expect(dateOf(text, '2025-08-21', 'Vladimir Putin answered the following night with an offer of talks.', ['Putin'])).toBe('2025-05-11');
  });
});

describe('#statedAt on a date right after the verb of saying', () => {
  it('should date the statement by "the next morning" after the verb, not by the fronted day it counts from', () => {
    const text = 'After his summit with Vladimir Putin on Friday, 15 August, Donald Trump wrote the next morning that a peace agreement was the best way to end the war.';
    expect(dateOf(text, '2025-08-21', text, ['Trump'])).toBe('2025-08-16');
  });

  it('should keep the fronted day for meeting the one the fronted words name', () => {
    const text = 'After his summit with Vladimir Putin on Friday, 15 August, Donald Trump wrote the next morning that a peace agreement was the best way to end the war.';
    expect(dateOf(text, '2025-08-21', text, ['Trump'], ['Putin'])).toBe('2025-08-15');
    expect(dateOf(text, '2025-08-21', text, ['Trump'], ['peace agreement'])).toBe('2025-08-16');
  });

  it('should date it by a weekday after the verb over a fronted date', () => {
    const text = 'At the summit in Brussels on 6 March, Friedrich Merz said on Friday that Germany would decide later.';
    expect(dateOf(text, '2025-03-12', text, ['Merz'])).toBe('2025-03-07');
  });

  it('should keep a fronted date when the verb has none of its own', () => {
    const text = 'At the Paris meeting of 6 January, Friedrich Merz said Germany was ready to help.';
    expect(dateOf(text, '2026-02-23', text, ['Merz'])).toBe('2026-01-06');
  });
});

describe('#statedAt on a weekday after a sentence that ends looking ahead', () => {
  it('should not read "coming back" in the sentence before as a future cue', () => {
    const text = 'Zelensky told the gathering that Ukraine needed guarantees that would stop Russia from coming back. On Sunday he had said he was ready to step down.';
    expect(dateOf(text, '2025-02-24', 'On Sunday he had said he was ready to step down.', ['Zelensky'])).toBe('2025-02-23');
  });

  it('should still read a weekday ahead after "will" in its own clause', () => {
    const text = 'Keir Starmer said on Monday that he will meet Donald Trump on Thursday.';
    expect(dateOf(text, '2025-02-24', text, ['Starmer'])).toBe('2025-02-24');
  });
});
