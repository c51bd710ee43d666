// Statement dates in stories that look back over a year and in translated reports (sentences written for these
// tests; names of real officials, invented wording): an explainer's question heading that names a month and year,
// a year stated earlier in the paragraph, "on the 24th" after a date in another month, a count after a date's comma
// ("On 6 January, 35 leaders …"), a perfect inside a relative clause about a place; and the dates of events named in
// a live-blog entry under an earlier day's heading and under an explainer's heading naming an earlier year.
import { describe, expect, it } from 'vitest';
import { readEventDate } from '@/graph/extract/event-date';
import { findEvents } from '@/graph/extract/events';
import { splitSentences } from '@/graph/extract/sentences';
import { ownDayOf, statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines). */
function dateOf(text: string, publishedAt: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length)?.date;
}

describe('#statedAt in an explainer looking back over a year', () => {
  const explainer = [
    '# Twelve months of the debate in Rome',
    '',
    '*Explainer · 20 March 2026*',
    '',
    '**What did Rome say in March 2025?**',
    '',
    'On 4 March Giorgia Meloni told the Senate that Italy would send no soldiers. A week later Antonio Tajani said the same.',
    '',
    '**And this year?**',
    '',
    'On 4 March Guido Crosetto said Italy could train Ukrainian crews at home.',
    '',
    '## In 2025',
    '',
    'In the summer Tajani spoke of a UN mandate. On 12 March he called it the only way.',
  ].join('\n');

  it('should date a day without its year under a heading naming a month of the year before', () => {
    expect(dateOf(explainer, '2026-03-20', 'On 4 March Giorgia Meloni told the Senate that Italy would send no soldiers.')).toBe('2025-03-04');
  });

  it('should count a chain from that day', () => {
    expect(dateOf(explainer, '2026-03-20', 'A week later Antonio Tajani said the same.')).toBe('2025-03-11');
  });

  it('should keep the publication year under a heading that names no year', () => {
    expect(dateOf(explainer, '2026-03-20', 'On 4 March Guido Crosetto said Italy could train Ukrainian crews at home.')).toBe('2026-03-04');
  });

  it('should read "## In 2025" as the section\'s year', () => {
    expect(dateOf(explainer, '2026-03-20', 'On 12 March he called it the only way.')).toBe('2025-03-12');
  });
});

describe('#statedAt after a year stated earlier in the paragraph', () => {
  const analysis = [
    '# Warsaw, a year on',
    '',
    'In February 2025 Donald Tusk ruled out Polish troops. On 17 February he repeated it in Paris, and on 2 January he said it again in Warsaw.',
  ].join('\n');

  it('should keep the year stated before a day that follows it in the calendar', () => {
    expect(dateOf(analysis, '2026-02-23', 'On 17 February he repeated it in Paris, and on 2 January he said it again in Warsaw.')).toBe('2025-02-17');
  });

  it('should not move a day back before the date stated earlier', () => {
    const text = 'In February 2025 Donald Tusk ruled out Polish troops. On 2 January he said it again in Warsaw.';
    expect(dateOf(text, '2026-02-23', 'On 2 January he said it again in Warsaw.')).toBe('2026-01-02');
  });
});

describe('#statedAt of "on the 24th"', () => {
  it('should take the month of the date stated before it in the paragraph', () => {
    const text = 'At the 24-25 June NATO summit, allies agreed on 5 per cent. Friedrich Merz told the Bundestag on the 24th that Germany would pay its share.';
    expect(dateOf(text, '2026-02-23', 'Friedrich Merz told the Bundestag on the 24th that Germany would pay its share.')).toBe('2025-06-24');
  });

  it('should stay in the article\'s month when nothing before it names a month', () => {
    const text = 'Friedrich Merz told the Bundestag on the 4th that Germany would pay its share.';
    expect(dateOf(text, '2026-02-23', text)).toBe('2026-02-04');
  });
});

describe('#statedAt of a date followed by a count', () => {
  it('should not read "On 6 January, 35 leaders" as the year 2035', () => {
    const text = 'On 6 January, 35 leaders met in Paris and Emmanuel Macron said the force was ready.';
    expect(dateOf(text, '2026-01-08', text)).toBe('2026-01-06');
  });

  it('should not read "on September 4, 26 countries" as 2026', () => {
    const text = 'At the Élysée on September 4, 26 countries pledged to take part.';
    expect(dateOf(text, '2025-09-10', text)).toBe('2025-09-04');
  });
});

describe('#statedAt of a sentence with a perfect in a relative clause', () => {
  it('should stay in the scene set before it', () => {
    const text = [
      'This Monday, at 10:30, Volodymyr Zelensky landed at Villacoublay, where Emmanuel Macron waited for him.',
      '',
      'In the afternoon, the two presidents went to Mont-Valérien, where the headquarters of the force has been prepared since the summer.',
    ].join('\n');
    expect(dateOf(text, '2025-11-20', 'In the afternoon, the two presidents went to Mont-Valérien, where the headquarters of the force has been prepared since the summer.')).toBe('2025-11-17');
  });

  it('should still step out of the scene for a perfect in the main clause', () => {
    const text = ['On Monday Emmanuel Macron met Volodymyr Zelensky.', '', 'France has long argued for a reassurance force.'].join('\n');
    expect(dateOf(text, '2025-11-20', 'France has long argued for a reassurance force.')).toBe('2025-11-20');
  });
});

describe('#findEvents dates', () => {
  const eventDates = (text: string, publishedAt: string) => {
    const article = { text, publishedAt };
    return Object.fromEntries(findEvents(text, splitSentences(text), publishedAt, ownDayOf(article)).filter((e) => e.date).map((e) => [e.text, e.date]));
  };

  it('should count "this afternoon" in a live-blog entry from the day heading above it, not the page\'s day', () => {
    const blog = [
      '# Live: the summit in Anchorage',
      '',
      '### SATURDAY 16.08',
      '',
      '**10:40 BST** — Donald Trump phoned Volodymyr Zelensky from Air Force One.',
      '',
      '### FRIDAY 15.08',
      '',
      '**14:30 BST** — Emmanuel Macron spoke this afternoon before the Alaska summit.',
    ].join('\n');
    // (The headline's summit, dated nowhere, is the one summit the blog dates: round 24 dates it so.)
    expect(eventDates(blog, '2025-08-16')).toEqual({ 'summit in Anchorage': '2025-08-15', 'Alaska summit': '2025-08-15' });
  });

  it('should date an event under a heading naming an earlier year in that year', () => {
    const explainer = ['# A year of maybe', '', '**What did Berlin say in February 2025?**', '', 'At the emergency summit in Paris on 17 February, Olaf Scholz called the debate premature.'].join('\n');
    expect(eventDates(explainer, '2026-02-23')).toEqual({ 'emergency summit in Paris': '2025-02-17' });
  });

  it('should keep the publication year under a heading without one', () => {
    const explainer = ['# A year of maybe', '', '**What happened this month?**', '', 'At the emergency summit in Paris on 17 February, Olaf Scholz called the debate premature.'].join('\n');
    expect(eventDates(explainer, '2026-02-23')).toEqual({ 'emergency summit in Paris': '2026-02-17' });
  });
});

describe('#statedAt of a date after a sentence that ends in a part of the day', () => {
  it('should read "Yesterday" after "Good morning." as its own date', () => {
    const text = ['# The Alliance Letter', '', 'Good morning. Yesterday in The Hague allies signed up to five per cent.', '', 'Donald Trump said he was with NATO "all the way".'].join('\n');
    expect(dateOf(text, '2025-06-26', 'Donald Trump said he was with NATO "all the way".')).toBe('2025-06-25');
  });

  it('should read "On Monday" after a sentence ending in "evening."', () => {
    const text = 'The leaders dined together in the evening. On Monday Emmanuel Macron said Europe was ready.';
    expect(dateOf(text, '2025-02-20', 'On Monday Emmanuel Macron said Europe was ready.')).toBe('2025-02-17');
  });

  it('should keep a month abbreviation\'s full stop inside its date', () => {
    const text = 'Keir Starmer said on Aug. 15 that Britain was ready.';
    expect(dateOf(text, '2025-08-20', text)).toBe('2025-08-15');
  });
});

describe('#statedAt of a chain counted from the event named after it', () => {
  /** The date of `sentence`, with the article's events (as the pipeline finds them) in context. */
  const withEvents = (text: string, publishedAt: string, sentence: string) => {
    const start = text.indexOf(sentence);
    const events = findEvents(text, splitSentences(text), publishedAt, ownDayOf({ text, publishedAt }));
    return statedAt({ text, publishedAt }, start, start + sentence.length, [], { events })?.date;
  };
  const analysis = [
    '# Warsaw\'s line',
    '',
    'Leaders of some thirty countries met at the Paris summit on 6 January.',
    '',
    'On 2 January Donald Tusk spoke to reporters. The day before the Paris summit, Władysław Kosiniak-Kamysz told radio that Poland would send no soldiers.',
    '',
    'Two days after the Paris summit, Radosław Sikorski said the same in Brussels.',
  ].join('\n');

  it('should count "the day before the Paris summit" from the summit\'s day, not the date stated before it', () => {
    expect(withEvents(analysis, '2026-01-12', 'The day before the Paris summit, Władysław Kosiniak-Kamysz told radio that Poland would send no soldiers.')).toBe('2026-01-05');
  });

  it('should count "two days after the Paris summit" from the summit\'s day', () => {
    expect(withEvents(analysis, '2026-01-12', 'Two days after the Paris summit, Radosław Sikorski said the same in Brussels.')).toBe('2026-01-08');
  });
});

describe('#statedAt of dates a translation or a look back writes', () => {
  it('should read "on 27 March last year" and "in June of last year" in the year before', () => {
    expect(dateOf('Dmitry Peskov said on 27 March last year that troops were unacceptable.', '2026-03-28', 'Dmitry Peskov said on 27 March last year that troops were unacceptable.')).toBe('2025-03-27');
    expect(dateOf('Maria Zakharova said in June of last year that the force was a provocation.', '2026-03-28', 'Maria Zakharova said in June of last year that the force was a provocation.')).toBe('2025-06');
  });

  it('should read a day and month written "on 27.03"', () => {
    expect(dateOf('Andrii Sybiha said on 27.03 that Ukraine would not accept limits on its army.', '2025-03-28', 'Andrii Sybiha said on 27.03 that Ukraine would not accept limits on its army.')).toBe('2025-03-27');
  });

  it('should not read a share "on 3.5 per cent" as a date', () => {
    const text = 'On Monday the allies agreed on 3.5 per cent for core defence, and Mark Rutte welcomed it.';
    expect(dateOf(text, '2025-06-26', text)).toBe('2025-06-23');
  });

  it('should count "the following Monday" from the date stated before it', () => {
    const text = 'On 6 February the ministers met in Brussels. The following Monday, Donald Tusk said Poland would not send troops.';
    expect(dateOf(text, '2025-02-20', 'The following Monday, Donald Tusk said Poland would not send troops.')).toBe('2025-02-10');
  });
});

describe('#statedAt of a release whose date line carries a label', () => {
  it('should count "today" from "10 July 2025 — Press release", not the day it was filed', () => {
    const text = ['# Coalition agrees a headquarters', '', '10 July 2025 — Press release', '', 'The Prime Minister today co-chaired a meeting of the Coalition of the Willing.'].join('\n');
    expect(dateOf(text, '2025-07-11', 'The Prime Minister today co-chaired a meeting of the Coalition of the Willing.')).toBe('2025-07-10');
  });

  it('should not take a sentence that opens with a date for the article\'s own day', () => {
    const text = ['# Coalition agrees a headquarters', '', '2 July 2025 - the day the planners first met - is now history. The Prime Minister today co-chaired a meeting.'].join('\n');
    expect(dateOf(text, '2025-07-11', 'The Prime Minister today co-chaired a meeting.')).toBe('2025-07-11');
  });
});

describe('#statedAt in a live blog updated after midnight', () => {
  const blog = (updated: string) => ['# Live: Trump hosts Zelensky and Europe\'s leaders', '', `*Updated ${updated}*`, '', '**22:15** — Donald Trump said the United States would help with security guarantees.', '', '**19:05** — Volodymyr Zelensky arrived at the White House.'].join('\n');

  it('should date entries later in the day than the page\'s update to the day before', () => {
    expect(dateOf(blog('19 August 2025, 00:40 BST'), '2025-08-19', 'Donald Trump said the United States would help with security guarantees.')).toBe('2025-08-18');
    expect(dateOf(blog('19 August 2025, 00:40 BST'), '2025-08-19', 'Volodymyr Zelensky arrived at the White House.')).toBe('2025-08-18');
  });

  it('should keep entries before the update on the page\'s day', () => {
    expect(dateOf(blog('18 August 2025, 23:30 BST'), '2025-08-18', 'Donald Trump said the United States would help with security guarantees.')).toBe('2025-08-18');
  });
});

describe('#readEventDate of dates a translation or a look back writes', () => {
  const dateOfEvent = (text: string, event: string, publishedAt = '2025-02-20') => readEventDate(text, publishedAt, text.indexOf(event), publishedAt)?.date;

  it('should read "on 17.02" as a day of the month', () => {
    expect(dateOfEvent('Emmanuel Macron spoke at the summit on 17.02.', 'summit')).toBe('2025-02-17');
  });

  it('should not read "on 3.5 per cent" as a date', () => {
    expect(dateOfEvent('At the summit allies agreed on 3.5 per cent.', 'summit')).toBeUndefined();
  });

  it('should read "in mid-February" as the month', () => {
    expect(dateOfEvent('Emmanuel Macron spoke at the summit in mid-February.', 'summit')).toBe('2025-02');
  });

  it('should read "on 17 February last year" in the year before', () => {
    expect(dateOfEvent('Emmanuel Macron spoke at the summit on 17 February last year.', 'summit')).toBe('2024-02-17');
  });
});
