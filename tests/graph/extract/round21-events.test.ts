import { describe, it, expect } from 'vitest';
import { extractDated as extract } from './helpers';

// Round 21 (s99): who took part in a gathering and who met whom, as news writes it. Sentences written for these tests;
// the people, places and meetings are invented or used with other wordings than any evaluation article.
const attendees = (r: ReturnType<typeof extract>) => r.triples.filter((t) => t.startsWith('ATTENDED:')).map((t) => t.split(':')[1]).sort();

describe('"X was there, as were A, B and C"', () => {
  it('should put every one listed after "as were" at the gathering, titles and all', () => {
    const r = extract('On Sunday Anna Berg chaired the Oslo summit. Chancellor Piet Maas was there, as were President Lena Halvorsen, Prime Minister Jonas Ek and Foreign Minister Ivo Marek, and the head of the alliance.');
    expect(attendees(r)).toEqual(['anna-berg', 'ivo-marek', 'jonas-ek', 'lena-halvorsen', 'piet-maas']);
  });

  it('should not read a list after "as were" that does not say who was present', () => {
    const r = extract('On Sunday Anna Berg chaired the Oslo summit. Piet Maas spoke first, as were Lena Halvorsen and Jonas Ek expected to.');
    expect(attendees(r)).toEqual(['anna-berg']);
  });
});

describe('leaders who "travelled to <city> together" on a day the sentence opens with', () => {
  it('should make a gathering in the city dated by the opening day, with the travellers and the one they stood with there', () => {
    const r = extract('On 7 June, Anna Berg, Piet Maas, Lena Halvorsen and Jonas Ek travelled to Vilnius together and, standing with Ivo Marek, called for a truce.');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Meeting in Vilnius', '2025-06-07']]);
    expect(attendees(r)).toEqual(['anna-berg', 'ivo-marek', 'jonas-ek', 'lena-halvorsen', 'piet-maas']);
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:'))).toEqual([]);
  });

  it('should make no gathering of two travellers, nor of a trip still ahead', () => {
    expect(extract('On 7 June, Anna Berg and Piet Maas travelled to Vilnius together and met students.').events).toEqual([]);
    expect(extract('On 27 June, Anna Berg, Piet Maas and Lena Halvorsen will travel to Vilnius together and meet Ivo Marek.').events).toEqual([]);
  });
});

describe('a meeting told in a phrase that opens the sentence', () => {
  it('should read "During talks with X at <place>, Y …" as a meeting of X and Y', () => {
    const r = extract('During talks with Piet Maas at his country house in Wales, Anna Berg shortened the deadline to ten days.');
    expect(r.triples).toContain('MET_WITH:anna-berg:piet-maas');
  });

  it('should read "Sitting next to X in <room>, Y …" as a meeting of X and Y', () => {
    const r = extract('Sitting next to Lena Halvorsen in the Oval Office, Anna Berg said the alliance would buy the weapons.');
    expect(r.triples).toContain('MET_WITH:anna-berg:lena-halvorsen');
  });

  it('should not read "sitting next to" inside a clause with no one after its comma as a meeting', () => {
    const r = extract('Sitting next to the fire, the delegates waited for news from Anna Berg.');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH:'))).toEqual([]);
  });
});

describe('taking part "on <day> <month>" in a gathering, and its second passive agent', () => {
  it('should read "took part on 12 June in the meeting" as taking part, and "hosted by A and attended also by B" as both there', () => {
    const r = extract('Anna Berg took part on 12 June in the meeting in Vilnius of the Nordic defence group, hosted by President Lena Halvorsen and attended also by the Estonian Prime Minister, Jonas Ek.');
    expect(attendees(r)).toEqual(['anna-berg', 'jonas-ek', 'lena-halvorsen']);
    expect(r.dates.get(r.triples.find((t) => t.startsWith('ATTENDED:anna-berg'))!)).toEqual(['2025-06-12']);
  });

  it('should not read the host of a coalition\'s meeting, named after it, as backing the coalition', () => {
    const r = extract('Anna Berg took part on 12 June in the meeting in Paris of the Coalition of the Willing, hosted by President Lena Halvorsen.');
    expect(r.triples).toContain('ATTENDED:lena-halvorsen:' + r.events[0].id);
    expect(r.triples).not.toContain('SUPPORTS:lena-halvorsen:coalition-of-the-willing');
  });
});

describe('"the summit" that the text has not named before', () => {
  it('should make a summit of its own, named by its day, of one arriving at it on a day the clause gives, and put later speakers to the leaders at it', () => {
    const r = extract('Leaders agreed on a loan early on Friday. Prime Minister Anna Berg, arriving at the summit on Thursday, said her country would not pay. President Piet Maas, who addressed the leaders in person on Thursday, thanked them.', '2025-06-20');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Summit of 2025-06-19', '2025-06-19']]);
    expect(attendees(r)).toEqual(['anna-berg', 'piet-maas']);
  });

  it('should make none of a summit still ahead, nor of one with no day', () => {
    expect(extract('Prime Minister Anna Berg, arriving at the summit on Thursday, will ask for more money.', '2025-06-17').events).toEqual([]);
    expect(extract('Prime Minister Anna Berg, arriving at the summit, said her country would not pay.', '2025-06-20').events).toEqual([]);
  });

  it('should still read "the summit" after a named one as that summit', () => {
    const r = extract('The Oslo summit opened on Thursday. Prime Minister Anna Berg, arriving at the summit on Thursday, said her country would not pay.', '2025-06-20');
    expect(r.events.length).toBe(1);
    expect(r.events[0].name).toMatch(/Oslo/);
  });
});

describe('talks "in <city> on <day> between" two sides', () => {
  it('should read a delegation led by A and an envoy B and C as the two sides: all were there and A met B and C', () => {
    const r = extract('The vote came two days after talks in Vienna on Sunday and Monday between a Moldovan delegation led by Anna Berg and Austrian envoy Piet Maas and Lena Halvorsen, the chancellor\'s adviser.', '2025-06-18');
    expect(r.events.map((e) => e.date)).toEqual(['2025-06-15']);
    expect(attendees(r)).toEqual(['anna-berg', 'austria', 'lena-halvorsen', 'moldova', 'piet-maas']);
    const met = r.triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();
    expect(met).toEqual(['anna-berg+lena-halvorsen', 'anna-berg+piet-maas']);
  });

  it('should not take in the one whose adviser a side is', () => {
    const r = extract('The vote came after talks in Vienna on Sunday between Anna Berg and envoy Piet Maas, Lena Halvorsen\'s adviser.', '2025-06-18');
    expect(r.triples.filter((t) => t.includes('lena-halvorsen'))).toEqual([]);
  });
});

describe('"At <place>, A and B host <guests> on <day>"', () => {
  it('should make a meeting at the place on that day, with the hosts and the guests named or the states they came from', () => {
    const r = extract('At Hillsborough, Chancellor Anna Berg and Foreign Minister Piet Maas host defence advisers from Moldova and Georgia on 11 June.', '2025-06-20');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Meeting at Hillsborough', '2025-06-11']]);
    expect(attendees(r)).toEqual(['anna-berg', 'georgia', 'moldova', 'piet-maas']);
  });

  it('should make none of a gathering still ahead, of a day after the article, or of a city standing for its state', () => {
    expect(extract('At Hillsborough, Anna Berg will host defence advisers from Moldova on 11 June.', '2025-06-01').events).toEqual([]);
    expect(extract('At Hillsborough, Anna Berg hosts defence advisers from Moldova on 28 June.', '2025-06-20').events).toEqual([]);
    expect(extract('At Oslo, Anna Berg hosted advisers from Moldova on 11 June.', '2025-06-20').events.filter((e) => /Meeting at/.test(e.name))).toEqual([]);
  });
});

describe('meetings told in a timeline\'s present tense, and meetings only wished for', () => {
  const met = (text: string) => extract(text, '2025-08-14').triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();

  it('should read "A and B speak for about 90 minutes", "A phones B" and "A hosts B in <city>" as meetings', () => {
    expect(met('Anna Berg and Piet Maas speak for about 90 minutes, their first known conversation this year.')).toEqual(['anna-berg+piet-maas']);
    expect(met('Anna Berg then phones Lena Halvorsen.')).toEqual(['anna-berg+lena-halvorsen']);
    expect(met('Chancellor Anna Berg hosts Lena Halvorsen in Vienna, and the two talk about the truce.')).toEqual(['anna-berg+lena-halvorsen']);
  });

  it('should not read hosting a gathering, or several guests at once, as a meeting of two', () => {
    expect(met('Anna Berg hosts a summit in Vienna.')).toEqual([]);
    expect(met('Anna Berg hosts Lena Halvorsen, Piet Maas and Jonas Ek in Vienna.')).toEqual([]);
  });

  it('should not read a meeting someone would like or wants as one held', () => {
    expect(met('Anna Berg says she would like a quick second meeting with both Piet Maas and Lena Halvorsen.')).toEqual([]);
    expect(met('Anna Berg wants a new summit with Piet Maas.')).toEqual([]);
  });
});

describe('a call set off between the speech verb and what was said', () => {
  const met = (text: string) => extract(text, '2025-08-14').triples.filter((t) => t.startsWith('MET_WITH:')).map((t) => t.split(':').slice(1).sort().join('+')).sort();

  it('should read "A said, following a call with B, that …" as a meeting of A and B', () => {
    expect(met('It was approved a day after Anna Berg said, following a call with President Piet Maas, that the talks would resume.')).toEqual(['anna-berg+piet-maas']);
    expect(met('Anna Berg said, after her phone call with Piet Maas, that nothing had changed.')).toEqual(['anna-berg+piet-maas']);
  });

  it('should not read a call someone only asked for, or one before the speaker was named, as theirs', () => {
    expect(met('Anna Berg said, following a request for a call with Piet Maas, that nothing had changed.')).toEqual([]);
  });
});
