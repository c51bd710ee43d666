// Round 20 date mechanisms (sentences written for these tests; names of real officials, invented wording): gatherings
// dated only by a chain from the day their sentence is told on ("the morning after the Rome meeting") or by a group
// that met in their place ("the Madrid summit" after "leaders met in Madrid last Monday"); attending the gathering a
// chain counts from, which happened on the gathering's own day; and "Monday of last week" in a Sunday paper.
import { describe, expect, it } from 'vitest';
import { findEvents } from '@/graph/extract/events';
import { splitSentences } from '@/graph/extract/sentences';
import { ownDayOf, statedAt } from '@/graph/time/stated-at';
import { dateOf } from './helpers';

const eventDates = (text: string, publishedAt: string) => {
  const article = { text, publishedAt };
  return Object.fromEntries(findEvents(text, splitSentences(text), publishedAt, ownDayOf(article)).filter((e) => e.date).map((e) => [e.text, e.date]));
};

describe('#findEvents dating a gathering counted from its sentence\'s day', () => {
  it('should date "the morning after the Rome meeting" a day before the day the sentence is told on', () => {
    const text = ['# Where the capitals stand', '', '**Madrid — March 12**', 'Pedro Sánchez ruled out Spanish troops in a radio interview the morning after the Rome meeting with other leaders.'].join('\n');
    expect(eventDates(text, '2025-04-02')).toEqual({ 'Rome meeting': '2025-03-11' });
  });

  it('should count "two days before the Oslo summit" forward from the sentence\'s day', () => {
    const text = ['# Nordic leaders and the force', '', 'On 4 June, two days before the Oslo summit, Jonas Gahr Støre said Norway would help with ships.'].join('\n');
    expect(eventDates(text, '2025-06-20')).toEqual({ 'Oslo summit': '2025-06-06' });
  });

  it('should leave the gathering undated when the sentence gives no day of its own', () => {
    const text = ['# Where the capitals stand', '', 'Pedro Sánchez ruled out Spanish troops in a radio interview the morning after the Rome meeting with other leaders.'].join('\n');
    expect(eventDates(text, '2025-04-02')).toEqual({});
  });
});

describe('#findEvents dating a gathering named after a place where a group met', () => {
  it('should date "the Madrid summit" by the day leaders of the coalition gathered in Madrid', () => {
    const text = [
      'When the leaders of the coalition of the willing gathered in Madrid last Monday, Pedro Sánchez spoke first.',
      '',
      'It followed the emergency summit at the Élysée on 17 February.',
      '',
      'The day before the Madrid summit, José Manuel Albares told radio listeners that Spain would send engineers.',
    ].join('\n');
    expect(eventDates(text, '2025-10-15')['Madrid summit']).toBe('2025-10-13');
  });

  it('should not date it when groups gathered there on two different days', () => {
    const text = [
      'On 3 March the leaders of the coalition of the willing gathered in Madrid, and Pedro Sánchez spoke first.',
      '',
      'On 9 October the defence ministers of the coalition of the willing gathered in Madrid.',
      '',
      'Both followed the emergency meeting at the Élysée on 17 February.',
      '',
      'The day before the Madrid summit, José Manuel Albares told radio listeners that Spain would send engineers.',
    ].join('\n');
    expect(eventDates(text, '2025-10-15')['Madrid summit']).toBeUndefined();
  });
});

describe('#statedAt for attending the gathering a chain counts from', () => {
  const text = 'Starmer ruled out a vote on the deployment the day after the Lisbon summit.';
  const at = (eventDate?: string) => statedAt({ text, publishedAt: '2025-05-20' }, 0, text.length, ['Starmer'], {
    events: [{ start: text.indexOf('Lisbon summit'), end: text.indexOf('Lisbon summit') + 'Lisbon summit'.length, date: '2025-05-14', key: 'lisbon-summit' }],
    ...(eventDate && { eventDate }),
  })?.date;

  it('should date attending the summit by its own day', () => {
    expect(at('2025-05-14')).toBe('2025-05-14');
  });

  it('should still date what was said then a day after the summit', () => {
    expect(at()).toBe('2025-05-15');
  });
});

describe('#statedAt "Monday of last week" in a Sunday paper', () => {
  it('should read it as the Monday of the week just ending', () => {
    // Sunday 23 March 2025: the week just ending ran from Monday 17 March.
    const text = 'Kallas had argued for the mission on Monday of last week.';
    expect(dateOf(text, '2025-03-23', text)).toBe('2025-03-17 DAY');
  });

  it('should keep the calendar week before on any other day', () => {
    // Saturday 22 March 2025: last week ran from Monday 10 March.
    const text = 'Kallas had argued for the mission on Monday of last week.';
    expect(dateOf(text, '2025-03-22', text)).toBe('2025-03-10 DAY');
  });
});

describe('#statedAt for a stance the next sentence tells was spoken on a day', () => {
  it('should date "X ruled out …. He was speaking … on Tuesday" by that Tuesday', () => {
    const text = 'Sánchez ruled out Spanish soldiers in Ukraine. He was speaking in Madrid on Tuesday after a cabinet meeting.';
    expect(dateOf(text, '2025-03-07', 'Sánchez ruled out Spanish soldiers in Ukraine.', ['Sánchez'])).toBe('2025-03-04 DAY');
  });

  it('should read a title pointing back too: "The prime minister made the remarks …"', () => {
    const text = 'Sánchez rejected any Spanish role on the ground. The prime minister made the remarks on Tuesday in Madrid.';
    expect(dateOf(text, '2025-03-07', 'Sánchez rejected any Spanish role on the ground.', ['Sánchez'])).toBe('2025-03-04 DAY');
  });

  it('should read "He did so …", "That was on …", "He was addressing …" and "The interview was broadcast …" alike', () => {
    const stance = 'Sánchez ruled out Spanish soldiers in Ukraine.';
    for (const next of ['He did so in an interview on Tuesday.', 'That was on Tuesday.', 'He was addressing the Congress on Tuesday.', 'The interview was broadcast on Tuesday.']) {
      expect(dateOf(`${stance} ${next}`, '2025-03-07', stance, ['Sánchez'])).toBe('2025-03-04 DAY');
    }
  });

  it('should not take the day of a cleft about something else', () => {
    const text = 'Sánchez ruled out Spanish soldiers in Ukraine. It was on Tuesday that Macron first floated the idea.';
    expect(dateOf(text, '2025-03-07', 'Sánchez ruled out Spanish soldiers in Ukraine.', ['Sánchez'])).toBe('2025-03-07 DAY');
  });

  it('should not take the day of a call the next sentence tells', () => {
    const text = 'Sánchez ruled out Spanish soldiers in Ukraine. He spoke to Macron on Tuesday about air defence.';
    expect(dateOf(text, '2025-03-07', 'Sánchez ruled out Spanish soldiers in Ukraine.', ['Sánchez'])).toBe('2025-03-07 DAY');
  });
});

describe('#statedAt under a heading that opens on a date or asks about a day', () => {
  it('should date the lines under "**March: the first no**" by that month', () => {
    const text = ['# How Madrid kept its line', '', '**March: the first no**', '', 'Sánchez said Spain would not send soldiers.'].join('\n');
    expect(dateOf(text, '2025-06-20', 'Sánchez said Spain would not send soldiers.')).toBe('2025-03 MONTH');
  });

  it('should date the answer to "What did the leaders agree in Madrid on 3 March?" by that day', () => {
    const text = ['# Explained', '', '## What did the leaders agree in Madrid on 3 March?', '', 'Sánchez said Spain would send engineers.'].join('\n');
    expect(dateOf(text, '2025-06-20', 'Sánchez said Spain would send engineers.')).toBe('2025-03-03 DAY');
  });

  it('should not date it by a heading whose date does not open it, or a question about what happened since a day', () => {
    const long = ['# How Madrid kept its line', '', '**The first no: why March mattered**', '', 'Sánchez said Spain would not send soldiers.'].join('\n');
    expect(dateOf(long, '2025-06-20', 'Sánchez said Spain would not send soldiers.')).toBe('2025-06-20 DAY');
    const since = ['# Explained', '', '## What has changed since 3 March?', '', 'Sánchez said Spain would send engineers.'].join('\n');
    expect(dateOf(since, '2025-06-20', 'Sánchez said Spain would send engineers.')).toBe('2025-06-20 DAY');
  });
});
