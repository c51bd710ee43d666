import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 13: gatherings told only by their verb ("met in Riga on 24 October", "spoke by telephone with"), named only by
// their month ("the summit in June") or by a news idiom ("a crunch summit"), and who was at them. Sentences written for
// these tests; the people and meetings are invented.
const extract = (text: string, publishedAt = '2025-11-06') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  const all = [...r.relations, ...r.candidates];
  return {
    triples: all.map((x) => `${x.type}:${x.source}:${x.target}`),
    dates: new Map(all.map((x) => [`${x.type}:${x.source}:${x.target}`, x.evidence.map((e) => e.statedAt?.date)])),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>, event: string) => r.triples.filter((t) => t.startsWith('ATTENDED:') && t.endsWith(`:${event}`)).map((t) => t.split(':')[1]).sort();
const attended = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('ATTENDED:'));

describe('a gathering told by "met in <place> on <date>"', () => {
  it('should date the gathering named after the city where a group met on a day, and make no event of the group alone', () => {
    expect(extract('Defence ministers of the coalition met in Vilnius on 12 March.').events).toEqual([]);
    const r = extract('Defence ministers of the coalition met in Vilnius on 12 March. The Vilnius meeting agreed on nothing.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-03-12']);
    expect(r.events[0].name).toMatch(/Vilnius/);
  });

  it('should put the ones who met there, and those they travelled with, at it', () => {
    const r = extract('Anna Berg and Piet Maas last met in Tallinn on 4 June, when they travelled with President Lena Halvorsen and Prime Minister Jonas Ek to call for a truce.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-06-04']);
    expect(attendees(r, r.events[0].id)).toEqual(['anna-berg', 'jonas-ek', 'lena-halvorsen', 'piet-maas']);
  });

  it('should leave two people who met as a meeting between them, not an event', () => {
    const r = extract('Anna Berg and Piet Maas met in Tallinn on 4 June.');
    expect(r.events).toEqual([]);
  });

  it('should give "the Riga meeting" named later the day the leaders met there, and date attending it so', () => {
    const r = extract('Leaders of the coalition met in Riga on Friday 24 October. What did the Riga meeting change? Piet Maas attended the Riga meeting and left early.');
    expect(r.events).toHaveLength(1);
    expect(r.events[0].date).toBe('2025-10-24');
    expect(r.dates.get(`ATTENDED:piet-maas:${r.events[0].id}`)).toEqual(['2025-10-24']);
  });

  it('should not put someone named in another clause of the sentence at the meeting', () => {
    const r = extract('Piet Maas gave his view on Tuesday, a week after Anna Berg met in Riga on 24 October, when her team travelled with Jonas Ek.');
    expect(r.events).toHaveLength(1);
    expect(attendees(r, r.events[0].id)).toEqual(['anna-berg', 'jonas-ek']);
  });
});

describe('a call told by "spoke by telephone with"', () => {
  it('should make a dated call an EVENT with both sides on it', () => {
    const r = extract('On Monday the two delegations met in Geneva. Two days later Lena Halvorsen spoke by telephone with President Jonas Ek.', '2025-06-06');
    const call = r.events.find((e) => e.date === '2025-06-04');
    expect(call).toBeDefined();
    expect(attendees(r, call!.id)).toEqual(['jonas-ek', 'lena-halvorsen']);
  });

  it('should make no event of calls no date tells, nor of one whose callers the sentence does not name', () => {
    expect(extract('Lena Halvorsen often spoke by phone with Jonas Ek.').events).toEqual([]);
    expect(extract('Lena Halvorsen met Jonas Ek on Saturday. They spoke by phone on Sunday afternoon.', '2025-03-17').events.filter((e) => e.date === '2025-03-16')).toEqual([]);
  });
});

describe('a gathering named by its month', () => {
  it('should read "At the summit in June" as an EVENT of that month, before publication, with the one who acted there', () => {
    const r = extract('At the summit in June, Piet Maas blocked the text on enlargement.', '2026-02-10');
    expect(r.events.map((e) => e.date)).toEqual(['2025-06']);
    expect(attendees(r, r.events[0].id)).toEqual(['piet-maas']);
  });

  it('should read "the December summit" the same way, and not a summit with its day after the month', () => {
    expect(extract('Piet Maas attended the December summit.', '2026-02-10').events.map((e) => e.date)).toEqual(['2025-12']);
    expect(extract('Piet Maas attended the summit in June 24 sessions long.', '2026-02-10').events.filter((e) => e.date === '2025-06')).toEqual([]);
  });
});

describe('a crunch summit', () => {
  it('should read "hosting a crunch summit" yesterday as an EVENT of that day with its host there', () => {
    const r = extract('Piet Maas spent yesterday at his country house, hosting a crunch summit on the war.', '2025-08-10');
    expect(r.events.map((e) => e.date)).toEqual(['2025-08-09']);
    expect(attendees(r, r.events[0].id)).toEqual(['piet-maas']);
  });

  it('should not put at the summit two people said to be preparing to meet in a clause of their own', () => {
    const r = extract('Piet Maas spent yesterday hosting a crunch summit on the war as Lena Halvorsen prepared to sit down with Jonas Ek.', '2025-08-10');
    expect(attended(r).filter((t) => /lena-halvorsen|jonas-ek/.test(t))).toEqual([]);
  });
});

describe('presence told in passing', () => {
  it('should read "who took part by video link" as being at the gathering just named', () => {
    const r = extract('The coalition meeting at the Élysée on 4 September drew twenty leaders. Lena Halvorsen, who took part by video link, said the same evening that her country would not send soldiers.', '2025-09-13');
    expect(r.events).toHaveLength(1);
    expect(attendees(r, r.events[0].id)).toContain('lena-halvorsen');
  });

  it('should put the country of a delegation "led by" someone at the talks, as well as its head', () => {
    const r = extract('The second round of talks in Istanbul opened on Monday. The Ukrainian delegation was led by Defence Minister Jonas Ek.', '2025-06-06');
    expect(r.events).toHaveLength(1);
    expect(attendees(r, r.events[0].id)).toEqual(['jonas-ek', 'ukraine']);
  });

  it('should not put a country at the talks for a side someone is only said to include', () => {
    const r = extract('Talks in Riyadh lasted four hours on Tuesday. The Russian side also included the aide Jonas Ek.', '2025-02-19');
    expect(attended(r).filter((t) => t.startsWith('ATTENDED:russia:'))).toEqual([]);
  });
});

describe('a gathering named after its city, dated where the article names it otherwise', () => {
  const text = 'At the coalition meeting at the Élysée on 4 September, Lena Halvorsen spoke first.\n\nJonas Ek ruled out sending troops the day before the Paris meeting. Piet Maas said the day after the Paris meeting that he backed the reassurance force.';

  it('should give "the Paris meeting" the day of the one meeting the article dated before it, and count "the day before" and "the day after" from it', () => {
    const r = extract(text, '2025-09-13');
    expect(r.dates.get('OPPOSES:jonas-ek:european-peacekeeping-force')).toEqual(['2025-09-03']);
    expect(r.dates.get('SUPPORTS:piet-maas:reassurance-force')).toEqual(['2025-09-05']);
  });

  it('should leave it undated when the article dated two meetings before it', () => {
    const two = extract('The meeting in Oslo on 2 September went well. The meeting in Bergen on 3 September did not. Jonas Ek spoke at the Paris meeting.', '2025-09-13');
    const paris = two.events.find((e) => /Paris/.test(e.name));
    expect(paris).toBeDefined();
    expect(paris?.date).toBeUndefined();
  });
});
