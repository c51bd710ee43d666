// Round 23 date mechanisms (sentences written for these tests; names of real officials and invented ones, invented
// wording): a weekday joined to its date by "of" or a comma ("the Tuesday evening of 9 September") is that date; a
// speaker's turn in a transcript says what it will do on the record's day, and the narration after the transcript is
// not set on the days the speaker looked back to; a guest of a recorded programme speaking in the present ("Anna
// explains …", "Anna: '…'") speaks on the recording's day ("Recorded on Friday morning"); a relative clause on what the
// statement is about whose subject is the speaker ("the plan that Paris floated last week") carries the speaker's day;
// a month that comes round every year ("the forum she hosts every June") is the last one.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';
import { readEventDate } from '@/graph/extract/event-date';
import { dateOf } from './helpers';

describe('#statedAt with a weekday joined to its date', () => {
  it('should read "the Tuesday evening of 9 September" as 9 September, not the last Tuesday before the paper', () => {
    const text = ['# The long table', '', 'On the Tuesday evening of 9 September, five ministers sat down in Vilnius with their Nordic colleagues. The smallest delegation was led by Kristjan Tamm, the Estonian defence minister.'].join('\n');
    expect(dateOf(text, '2025-09-27', 'The smallest delegation was led by Kristjan Tamm', ['Kristjan Tamm'])).toBe('2025-09-09 DAY');
  });

  it('should read "on Thursday, 4 September" as that day too', () => {
    const text = ['# Riga', '', 'On Thursday afternoon, 4 September, Latvia said it would send engineers to the mission.'].join('\n');
    expect(dateOf(text, '2025-09-20', 'Latvia said it would send engineers', ['Latvia'])).toBe('2025-09-04 DAY');
  });

  it('should keep a chain after the weekday as a chain ("on Sunday afternoon, the day after the call")', () => {
    const text = ['# Q&A', '', 'They spoke by phone on Sunday afternoon, the day after the call, and she promised more air defence.'].join('\n');
    expect(dateOf(text, '2025-03-19', 'They spoke by phone', ['she'])).toBe('2025-03-16 DAY');
  });
});

describe('#statedAt in a transcript of a speech', () => {
  const speech = [
    '# The address to the assembly, as delivered',
    '',
    '*Strasbourg, Tuesday 14 October 2025. Transcribed from the plenary feed.*',
    '',
    '**Editor\'s note:** The President of the Council, Anna Lindqvist, addressed the assembly on Tuesday morning.',
    '',
    '**President Lindqvist:** Honourable Members, thank you.',
    '',
    '[...]',
    '',
    'Last Friday I was at the Rome conference of the defence ministers, with the Ukrainian minister. We agreed a great deal there, and the Council will fund its share of the air defence. [Applause]',
    '',
    '[Interjection from the benches: "Not with our money!"]',
    '',
    'We will also open a new training mission before the winter.',
    '',
    '---',
    '',
    '**After the address**',
    '',
    'Pieter de Graaf, leader of the liberal group, told reporters the air defence fund was "long overdue".',
  ].join('\n');

  it('should date what the speaker says the body will do by the speech, not by the conference she looked back to', () => {
    expect(dateOf(speech, '2025-10-14', 'We agreed a great deal there, and the Council will fund its share of the air defence.', ['Council'])).toBe('2025-10-14 DAY');
  });

  it('should look past a bracketed interjection for the speaker\'s turn', () => {
    expect(dateOf(speech, '2025-10-14', 'We will also open a new training mission before the winter.', ['Anna Lindqvist'])).toBe('2025-10-14 DAY');
  });

  it('should date the reactions after the transcript by the speech, not by the days the speaker named', () => {
    expect(dateOf(speech, '2025-10-14', 'Pieter de Graaf, leader of the liberal group, told reporters', ['Pieter de Graaf', 'de Graaf'])).toBe('2025-10-14 DAY');
  });

  it('should still date a past event the speaker attended by its own day (a sentence without a future)', () => {
    expect(dateOf(speech, '2025-10-14', 'Last Friday I was at the Rome conference', ['Anna Lindqvist'])).toBe('2025-10-10 DAY');
  });
});

describe('#statedAt for the guests of a recorded programme', () => {
  const notes = [
    '# The Eastern Flank, episode 12: a deal in the making',
    '',
    '**Episode 12 · 40 min · Monday 17 November 2025**',
    '',
    '*Hosted by Mark Olsen. Guest: Anna Varga, a sanctions analyst. Recorded on Friday morning.*',
    '',
    '**[04:10] Tuesday 11 November: the new listings.** The Treasury announced sanctions on two banks. Anna explains why the listings matter, and argues the EU should follow within a month.',
    '',
    '**[20:00] Your questions.** Will the talks resume? Anna: "Not before the spring. I would keep the sanctions until then."',
  ].join('\n');

  it('should date a guest speaking in the present by the recording day, not the section\'s day', () => {
    expect(dateOf(notes, '2025-11-17', 'Anna explains why the listings matter', ['Anna Varga', 'Anna'])).toBe('2025-11-14 DAY');
  });

  it('should date a guest\'s quoted answer ("Anna: …") by the recording day, not the episode\'s', () => {
    expect(dateOf(notes, '2025-11-17', 'I would keep the sanctions until then.', ['Anna Varga', 'Anna'])).toBe('2025-11-14 DAY');
  });

  it('should leave what the news did in the past on the section\'s day', () => {
    expect(dateOf(notes, '2025-11-17', 'The Treasury announced sanctions on two banks.', ['Treasury'])).toBe('2025-11-11 DAY');
  });
});

describe('#statedAt with a relative clause whose subject is the speaker', () => {
  const text = ['# Talks in Vienna', '', 'VIENNA — Negotiators from Berlin and Kyiv said on Tuesday that they had made progress on the ceasefire plan that Paris floated last week, but gave no details.'].join('\n');
  const start = text.indexOf('VIENNA');
  const at = (speaker: string[]) => statedAt({ text, publishedAt: '2025-11-19' }, start, text.length, speaker, { target: ['ceasefire plan'] });

  it("should date the plan's proposer by the day in its own clause", () => {
    expect(at(['France', 'Paris'])).toMatchObject({ date: '2025-11', precision: 'APPROXIMATE' });
  });

  it('should date the negotiators by their own day', () => {
    expect(at(['Germany', 'Berlin'])).toMatchObject({ date: '2025-11-18', precision: 'DAY' });
  });
});

describe('#statedAt with a month that comes round every year', () => {
  it('should date "at the forum she hosts every June" by the last June, not the next', () => {
    const text = ['# Profile', '', 'At the Tallinn forum, the conference she hosts every June at the old town hall, she said Estonia would be part of any guarantee.'].join('\n');
    expect(dateOf(text, '2025-08-30', 'she said Estonia would be part of any guarantee', ['Estonia'])).toBe('2025-06 MONTH');
  });

  it('should date "each September" written in August by the September before', () => {
    const text = ['# Profile', '', 'At the Warsaw forum, which the ministry organises each September, he said Poland would train Ukrainian pilots.'].join('\n');
    expect(dateOf(text, '2025-08-30', 'he said Poland would train Ukrainian pilots', ['Poland'])).toBe('2024-09 MONTH');
  });
});

describe('#statedAt with the evening of the day the story has set', () => {
  it('should date "in the course of the evening" by the day stated before it, not the paper\'s', () => {
    const text = ['# Reactions', '', 'The Moldovan president spoke in her address on Friday. She said she had spoken by phone with Mr Tusk in the course of the evening, and on Saturday morning she thanked the donors.'].join('\n');
    expect(dateOf(text, '2025-06-08', 'She said she had spoken by phone with Mr Tusk in the course of the evening', ['Mr Tusk', 'Tusk'])).toBe('2025-06-06 DAY');
  });

  it('should date "That evening he wrote" by the day the paragraph before set', () => {
    const text = ['# A week in review', '', 'On Tuesday the chancellor flew to Kyiv.', '', 'That evening he wrote that Germany would send two more air-defence systems.'].join('\n');
    expect(dateOf(text, '2025-06-08', 'That evening he wrote', ['he'])).toBe('2025-06-03 DAY');
  });

  it('should not take "said that evening sessions …" for a day', () => {
    const text = ['# Parliament', '', 'The speaker said that evening sessions would resume in the autumn.'].join('\n');
    expect(dateOf(text, '2025-06-08', 'The speaker said that evening sessions', ['speaker'])).toBe('2025-06-08 DAY');
  });
});

describe('#readEventDate with a yearly month', () => {
  it('should date "the forum he hosts each June" by the last June before the article', () => {
    expect(readEventDate('At the Kultaranta talks, the forum he hosts each June, he said so.', '2025-08-30')).toEqual({ date: '2025-06', precision: 'MONTH' });
    expect(readEventDate('At the Warsaw conference, held every October, she spoke.', '2025-08-30')).toEqual({ date: '2024-10', precision: 'MONTH' });
  });
});

describe("#statedAt with a page's update time in its byline", () => {
  const page = (byline: string) => ['# Talks end without a deal', '', byline, '', 'GENEVA — The negotiators met again yesterday and said they had agreed on most points of the framework, the delegations said after the talks.'].join('\n');
  const said = 'The negotiators met again yesterday';

  it('should count "yesterday" from the first publication when the update comes first ("Updated … · First published …")', () => {
    expect(dateOf(page('Updated 25 November 2025, 09:10 GMT · First published 24 November 2025, 06:40 GMT'), '2025-11-25', said, ['negotiators'])).toBe('2025-11-23 DAY');
  });

  it('should do so with numeric dates and a "Last updated" label', () => {
    expect(dateOf(page('*Last updated: 25.11.2025 09:10 | First published: 24.11.2025 06:40*'), '2025-11-25', said, ['negotiators'])).toBe('2025-11-23 DAY');
  });

  it('should do so when the update stands on a line of its own above the byline', () => {
    const text = ['# Talks end without a deal', '', 'Updated November 25, 2025', '', 'By Anna Berg · November 24, 2025', '', 'GENEVA — The negotiators met again yesterday and said they had agreed on most points of the framework.'].join('\n');
    expect(dateOf(text, '2025-11-25', said, ['negotiators'])).toBe('2025-11-23 DAY');
  });
});
