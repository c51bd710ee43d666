// Statement and event dates, round 19 (sentences written for these tests; names of real officials, invented wording):
// an event named in a chain's complement ("said on Sunday, a day after he joined a video call"), and an event dated
// nowhere but in the caption of its picture.
import { describe, expect, it } from 'vitest';
import { findEvents } from '@/graph/extract/events';
import { createExtractor } from '@/graph/extract/pipeline';
import { maskFurniture } from '@/graph/extract/furniture';
import { splitSentences } from '@/graph/extract/sentences';
import { ownDayOf, statedAt } from '@/graph/time/stated-at';
import { dateOf } from './helpers';

const eventsOf = (text: string, publishedAt: string) => findEvents(text, splitSentences(text), publishedAt, ownDayOf({ text, publishedAt }));

/** The date of `sentence` for a relation from `speaker` to `target`, with the article's events in context. */
function dated(text: string, publishedAt: string, sentence: string, speaker: string[], target: string[]) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker, { events: eventsOf(text, publishedAt), target })?.date;
}

describe('#statedAt for an event named in the complement of "a day after"', () => {
  const lead = 'OTTAWA, June 9 (Wire) - Canada would consider sending aircraft to a reassurance mission, Prime Minister Mark Carney said on Monday, a day after he joined a video conference of leaders hosted by France.';
  const sentence = lead.slice(lead.indexOf('Canada'));

  it('should date the event in the complement a day before the saying', () => {
    expect(dated(lead, '2025-06-09', sentence, ['Mark Carney'], ['video conference'])).toBe('2025-06-08');
  });

  it('should still date what he said by the day he said it', () => {
    expect(dated(lead, '2025-06-09', sentence, ['Mark Carney'], ['reassurance mission'])).toBe('2025-06-09');
  });

  it('should not move a relation whose target is no event, though named in the complement', () => {
    const text = 'Mark Carney met Mette Frederiksen in Ottawa on Monday, a day after Frederiksen arrived from Copenhagen.';
    expect(dated(text, '2025-06-10', text, ['Mark Carney'], ['Mette Frederiksen'])).toBe('2025-06-09');
  });
});

describe('#findEvents dating an event by the caption of its picture', () => {
  const story = [
    '# Frederiksen at the Elysee: the guarantees start from the Nordic plan',
    '',
    'It is late in Copenhagen when the prime minister leaves the summit at the Elysee Palace, and Mette Frederiksen is pleased.',
    '',
    '![Leaders around a table](table.jpg)',
    '*The leaders in the Salon Murat of the Elysee Palace on Tuesday. (Photo: Pool)*',
    '',
    'At one point the meeting was interrupted.',
  ].join('\n');

  it('should date the event by the caption that names its place, also once the picture is blanked as furniture', () => {
    for (const text of [story, maskFurniture(story)]) {
      const summit = eventsOf(text, '2025-06-11').find((e) => /Elysee/.test(e.text));
      expect(summit?.date).toBe('2025-06-10');
    }
  });

  it('should date the event by a caption naming it', () => {
    const text = [
      'Negotiators met for a second round of talks in Riyadh, officials said.',
      '',
      '![Delegates](delegates.jpg)',
      '*Delegates arrive for the talks, June 7, 2025. Photo: Pool*',
    ].join('\n');
    expect(eventsOf(text, '2025-06-09').find((e) => /Riyadh/.test(e.text))?.date).toBe('2025-06-07');
    expect(eventsOf(text.replace('June 7, 2025', 'June 17, 2025'), '2025-06-09').find((e) => /Riyadh/.test(e.text))?.date).toBeUndefined();
  });

  it('should not date it by an italic line that is no caption, nor by a caption not naming it', () => {
    const text = [
      'It is late in Copenhagen when the prime minister leaves the summit at the Elysee Palace.',
      '',
      '*Frederiksen spoke to reporters on Tuesday.*',
      '',
      '![A street](street.jpg)',
      '*Protesters in Copenhagen on Tuesday. (Photo: Pool)*',
    ].join('\n');
    expect(eventsOf(text, '2025-06-11').find((e) => /Elysee/.test(e.text))?.date).toBeUndefined();
  });

  it('should not date an event of a live blog by a picture between its entries', () => {
    const text = [
      '**Saturday 14 June**',
      '',
      '**10:05** — The second day of the talks in Riyadh has begun.',
      '',
      '![Delegates](delegates.jpg)',
      '*The delegations in Riyadh on Friday. Photo: Pool*',
    ].join('\n');
    const talks = eventsOf(text, '2025-06-14').find((e) => /Riyadh/.test(e.text));
    expect(talks?.date).not.toBe('2025-06-13');
  });
});

describe('#extract dating attendance named in the complement of "a day after"', () => {
  it('should date attending the call on the day before the saying', () => {
    const text = 'OTTAWA, June 9 (Wire) - Canada would consider sending aircraft to a reassurance mission, Prime Minister Mark Carney said on Monday, a day after he joined a video call of leaders hosted by France.';
    const result = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-06-09' });
    const attended = result.relations.filter((r) => r.type === 'ATTENDED' && r.source === 'mark-carney');
    expect(attended.length).toBeGreaterThan(0);
    for (const r of attended) expect(r.evidence[0].statedAt?.date).toBe('2025-06-08');
  });
});

describe('#statedAt with a span of days ("from 8 to 10 May")', () => {
  it('should date the announcement, not the span still ahead', () => {
    const text = 'The Kremlin offered a truce for the Easter holidays, from 19 to 21 April, announced on Tuesday.';
    expect(dateOf(text, '2025-04-11', text)).toBe('2025-04-08 DAY');
  });

  it('should date a sentence about a span behind by its first day', () => {
    const text = 'Ministers met in Riyadh from 3 to 5 March, where Ukraine accepted the American plan.';
    expect(dateOf(text, '2025-03-20', text)).toBe('2025-03-03 DAY');
  });

  it('should not take a span of numbers for days', () => {
    const text = 'Support for the mission rose from 28 to 35 per cent in March, the poll published on Monday showed.';
    expect(dateOf(text, '2025-04-10', text)).toBe('2025-03 MONTH');
  });
});

describe('#findEvents dating a gathering that "came two days after" something', () => {
  const story = [
    'Sir Keir Starmer said Britain would lead a coalition to guard any peace, after hosting European leaders in London on Sunday.',
    '',
    'The summit at Lancaster House came two days after a bruising exchange in the Oval Office. On Saturday the Ukrainian president was greeted with a hug outside Downing Street.',
    '',
    'Emmanuel Macron went further in an interview published after the summit.',
  ].join('\n');

  it('should date the gathering on the day the story has set, not on the day of what it came after', () => {
    const summit = eventsOf(story, '2025-03-03').find((e) => /Lancaster/.test(e.text));
    expect(summit?.date).toBe('2025-03-02');
  });

  it('should then date what was said after it on that day, not on the day the paragraph before told last', () => {
    const text = story;
    const sentence = 'Emmanuel Macron went further in an interview published after the summit.';
    expect(dated(text, '2025-03-03', sentence, ['Emmanuel Macron'], [])).toBe('2025-03-02');
  });

  it('should not date a gathering that did not come after anything', () => {
    const text = story.replace('came two days after a bruising exchange in the Oval Office', 'was the largest in years');
    expect(eventsOf(text, '2025-03-03').find((e) => /Lancaster/.test(e.text))?.date).toBeUndefined();
  });
});

describe('#findEvents dating a gathering by the live-blog entry that tells it is over', () => {
  const blog = (entry: string) => [
    '# Geneva summit ends without a deal — live',
    '',
    '**Saturday 14 June**',
    '',
    '**09:30** — Good morning. Delegates left Geneva overnight, officials say.',
    '',
    '**Friday 13 June**',
    '',
    '**23:10** — ' + entry,
    '',
    '**18:00** — Welcome to our coverage of the Geneva summit.',
  ].join('\n');

  it('should date it by the entry in which "the talks are over"', () => {
    const events = eventsOf(blog('The talks are over after four hours.'), '2025-06-14');
    expect(events.find((e) => /Geneva summit/.test(e.text))?.date).toBe('2025-06-13');
  });

  it('should not date it by an entry that only mentions it', () => {
    const events = eventsOf(blog('The talks were long, a delegate said.'), '2025-06-14');
    expect(events.find((e) => /Geneva summit/.test(e.text))?.date).not.toBe('2025-06-13');
  });
});

describe('#statedAt for "the day after" told after a paragraph that names only a month', () => {
  const text = [
    'Last Thursday the European Council postponed the loan once more.',
    '',
    'Ursula von der Leyen floated the idea in September, and Berlin came round to it.',
    '',
    '## The coalition',
    '',
    'The day after the summit, the coalition of the willing met in London. Keir Starmer hosted; Mark Rutte came in person.',
  ].join('\n');

  it('should count the day from the last day told, not from the month', () => {
    expect(dateOf(text, '2025-10-28', 'Keir Starmer hosted; Mark Rutte came in person.')).toBe('2025-10-24 DAY');
  });

  it('should leave "since the previous week" after a month undated by it', () => {
    const since = text.replace('The day after the summit, the coalition of the willing met in London.', 'The coalition had called for a meeting since the previous week.');
    expect(dateOf(since, '2025-10-28', 'The coalition had called for a meeting since the previous week.')).toBe('2025-10-23 DAY');
  });
});

describe('#findEvents resolving "the funeral" to the funeral, not to the last event named', () => {
  it('should give "the funeral" the funeral\'s day', () => {
    const text = [
      'Yesterday, before the funeral of Pope Francis began, the two presidents sat down together. It was their first meeting since the Oval Office row in February.',
      '',
      'They met for a quarter of an hour, just before the funeral Mass, and Zelensky said afterwards they had talked about a ceasefire.',
    ].join('\n');
    const events = eventsOf(text, '2025-04-27');
    const anaphor = events.find((e) => e.anaphor && /funeral/.test(e.text));
    expect(anaphor?.date).toBe('2025-04-26');
    expect(anaphor?.key).toBe(events.find((e) => /Pope Francis/.test(e.text))?.key);
  });
});
