// Relative dates as news writes them, resolved against the publication date: sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date of the last sentence of `body` (paragraphs split by blank lines), published on `publishedAt`. */
function dateOfLast(body: string, publishedAt: string) {
  const paragraph = body.lastIndexOf('\n\n') + 2 || 0;
  const rest = body.slice(paragraph);
  const sentence = paragraph + (rest.lastIndexOf('. ', rest.length - 2) >= 0 ? rest.lastIndexOf('. ', rest.length - 2) + 2 : 0);
  return statedAt({ text: body, publishedAt }, sentence, body.length);
}
const day = (date: string) => ({ date, precision: 'DAY', source: 'TEXT' });

describe('#statedAt with relative dates', () => {
  it('should count "a week ago", "two weeks ago", "a fortnight ago" and "three days ago" back from the article\'s day', () => {
    expect(dateOfLast('Yermak resigned as head of the office a week ago.', '2025-12-05')).toEqual(day('2025-11-28'));
    expect(dateOfLast('Two weeks ago, Starmer said the coalition was ready.', '2025-11-10')).toEqual(day('2025-10-27'));
    expect(dateOfLast('Macron said a fortnight ago that France was ready to send troops.', '2025-03-20')).toEqual(day('2025-03-06'));
    expect(dateOfLast('Three days ago the Kremlin rejected the plan.', '2025-03-20')).toEqual(day('2025-03-17'));
  });

  it('should read "the previous day" from the date stated before it, else from the article\'s day', () => {
    expect(dateOfLast('In Warsaw the previous day, Tusk had said that Poland would not deploy soldiers.', '2025-09-04')).toEqual(day('2025-09-03'));
    expect(dateOfLast('Macron spoke on Sept. 10. Merz had made the same point the previous evening.', '2025-09-20')).toEqual(day('2025-09-09'));
    expect(dateOfLast('Zelensky met Trump on Aug. 18. The day prior, he had called Macron.', '2025-08-20')).toEqual(day('2025-08-17'));
  });

  it('should date what happened overnight by the morning it ended', () => {
    expect(dateOfLast('Overnight from Tuesday to Wednesday, drones crossed into Poland.', '2025-09-12')).toEqual(day('2025-09-10'));
  });

  it('should date a span of days by its first day ("on 14 and 15 December")', () => {
    expect(dateOfLast('On 14 and 15 December, Zelensky met Witkoff in Berlin.', '2025-12-16')).toEqual(day('2025-12-14'));
  });

  it('should keep the scene for a reported past ("is said to have warned") in the next paragraph', () => {
    const body = 'A day earlier, on Thursday, Trump had telephoned Putin for two hours.\n\nPutin is said to have warned in the conversation that deliveries would damage relations.';
    expect(dateOfLast(body, '2025-10-18')).toEqual(day('2025-10-16'));
  });

  it('should not take a length of time ("for more than two hours", "talks lasting three days") for a date', () => {
    const body = 'On Thursday, Trump telephoned Putin for more than two hours.\n\nPutin warned in the conversation that deliveries would damage relations.';
    expect(dateOfLast(body, '2025-10-18')).toEqual(day('2025-10-16'));
    const talks = 'On Monday the delegations began talks lasting three days.\n\nUmerov said in the talks that a ceasefire came first.';
    expect(dateOfLast(talks, '2025-10-18')).toEqual(day('2025-10-13'));
  });

  it('should date "on Sunday and Monday" by the first of the two days', () => {
    expect(dateOfLast('In Berlin on Sunday and Monday, Zelensky said he would give up NATO membership.', '2025-12-16')).toEqual(day('2025-12-14'));
  });

  it('should read "on the eve of" as the day before the day the story has set, and nothing without one', () => {
    expect(dateOfLast('NATO leaders agreed on Wednesday to spend more. On the eve of the summit, Trump dined with the King.', '2025-06-26')).toEqual(day('2025-06-24'));
    expect(dateOfLast('On the eve of the summit, Trump dined with the King.', '2025-06-26')?.source).toBe('PUBLISHED');
  });

  it('should let an explainer\'s question that names a day set the scene of its answer', () => {
    const body = '# Explained\n\n## What happened in Geneva on Sunday?\n\nRubio said the talks were productive.';
    expect(dateOfLast(body, '2025-11-26')).toEqual(day('2025-11-23'));
    const plain = '# Explained\n\n## What did Europe say?\n\nStarmer said the plan needed work.';
    expect(dateOfLast(plain, '2025-11-26')?.source).toBe('PUBLISHED');
  });

  it('should not date a statement by a year long past ("compared the moment to Churchill in 1940")', () => {
    expect(dateOfLast('Macron compared the moment to Churchill in 1940 and said France was ready.', '2025-03-02')?.source).toBe('PUBLISHED');
    expect(dateOfLast('Zelensky said in 2022 that Ukraine would never give up Crimea.', '2025-03-02')?.date).toBe('2022');
  });

  it('should leave a date or an event in a clause about others to them when a pronoun names the speaker', () => {
    const body = 'Tusk took part on Saturday in the videoconference.\n\nHe urged Russia to accept the truce, which Ukraine accepted during talks in Jeddah on 11 March.';
    const start = body.indexOf('He urged');
    expect(statedAt({ text: body, publishedAt: '2025-03-16' }, start, body.length)).toEqual(day('2025-03-15'));
    const talks = body.indexOf('talks in Jeddah');
    const events = [{ start: talks, end: talks + 'talks in Jeddah'.length, date: '2025-03-11' }];
    const noDate = body.replace(' on 11 March', '');
    expect(statedAt({ text: noDate, publishedAt: '2025-03-16' }, start, noDate.length, [], { events })).toEqual(day('2025-03-15'));
  });

  it('should move a live-blog entry across midnight to its day, newest first or oldest first', () => {
    const newest = '# Live\n\n**00:40** — Trump said the talks were good.\n\n**23:50** — Zelensky said he was grateful.\n\n**21:10** — Macron said Europe was ready.';
    const at = (text: string, phrase: string, publishedAt: string) => statedAt({ text, publishedAt }, text.indexOf(phrase), text.indexOf(phrase) + phrase.length)?.date;
    expect(at(newest, 'Trump said', '2025-08-19')).toBe('2025-08-19');
    expect(at(newest, 'Zelensky said', '2025-08-19')).toBe('2025-08-18');
    expect(at(newest, 'Macron said', '2025-08-19')).toBe('2025-08-18');
    const oldest = '# Live\n\n**21:10** — Macron said Europe was ready.\n\n**23:50** — Zelensky said he was grateful.\n\n**00:40** — Trump said the talks were good.';
    expect(at(oldest, 'Macron said', '2025-08-18')).toBe('2025-08-18');
    expect(at(oldest, 'Trump said', '2025-08-18')).toBe('2025-08-19');
    const sameDay = '# Live\n\n**21:40** — Starmer spoke.\n\n**15:02** — Tusk spoke.\n\n**08:30** — Macron spoke.';
    expect(at(sameDay, 'Macron spoke', '2025-02-17')).toBe('2025-02-17');
  });

  it('should still step out of the scene for the present perfect', () => {
    const body = 'On Thursday, Trump telephoned Putin.\n\nPutin has warned that deliveries would damage relations.';
    expect(dateOfLast(body, '2025-10-18')?.source).toBe('PUBLISHED');
  });

  it('should not read "two days later" without a date before it, nor put "ago" in the future', () => {
    expect(dateOfLast('Two days later the envoys left.', '2025-10-18')?.source).toBe('PUBLISHED');
    expect(dateOfLast('A week ago Merz said Germany would decide later.', '2025-10')?.date).not.toMatch(/^2025-10-\d\d$/);
  });
});
