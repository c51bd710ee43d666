// Round 21 date mechanisms (sentences written for these tests; names of real officials, invented wording): a day right
// after a speaker named in apposition ("…, Pål Jonson, said on Sunday that …"); an event write-up's own gathering
// ("The seminar took place in Vilnius on Thursday, 5 June") dating what its speakers said.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';
import { dateOf } from './helpers';

describe('#statedAt with a day right after a speaker named in apposition', () => {
  it('should date "Sweden\'s defence minister, Pål Jonson, said on Sunday morning that …" by that Sunday', () => {
    const text = [
      '# Stockholm weighs a role in the force',
      '',
      'Saturday evening, the armed forces reported that a drone had crossed into Swedish airspace near Gotland.',
      '',
      "Sweden's defence minister, Pål Jonson, said on Sunday morning that the pilots had been cleared to fire, but had not fired over the town.",
    ].join('\n');
    const sentence = "Sweden's defence minister, Pål Jonson, said on Sunday morning that the pilots had been cleared to fire, but had not fired over the town.";
    expect(dateOf(text, '2025-10-06', sentence, ['Pål Jonson'])).toBe('2025-10-05 DAY');
  });

  it('should date it so for the country whose minister the title names ("Sweden\'s Minister of Defence, …, said on Sunday")', () => {
    const text = [
      '# Stockholm weighs a role in the force',
      '',
      'Saturday evening, the armed forces reported that a drone had crossed into Swedish airspace near Gotland.',
      '',
      "Sweden's Minister of Defence, Pål Jonson, said on Sunday morning that the pilots had received clearance to fire but held back over the town.",
    ].join('\n');
    expect(dateOf(text, '2025-10-06', "Sweden's Minister of Defence, Pål Jonson, said on Sunday morning that the pilots had received clearance to fire but held back over the town.", ['Sweden'])).toBe('2025-10-05 DAY');
  });
});

describe('#statedAt in an event write-up', () => {
  const text = [
    '# Seminar report: who guards a ceasefire?',
    '',
    '*Baltic Policy Forum · Events · Posted 9 June 2025*',
    '',
    '*The seminar took place in Vilnius on Thursday, 5 June, before an audience of diplomats and students.*',
    '',
    '## The background',
    '',
    'In May the leaders of the coalition met twice, and Washington kept its own counsel.',
    '',
    '## "Europe must lead"',
    '',
    'Gabrielius Landsbergis, a former foreign minister, argued that Europe should put a brigade into western Ukraine.',
  ].join('\n');

  it('should date what a panellist said by the day the seminar took place', () => {
    expect(dateOf(text, '2025-06-09', 'Gabrielius Landsbergis, a former foreign minister, argued that Europe should put a brigade into western Ukraine.', ['Gabrielius Landsbergis'])).toBe('2025-06-05 DAY');
  });

  it('should date "On the day of the seminar …" by the day the seminar took place', () => {
    const withDay = text.replace('In May the leaders of the coalition met twice, and Washington kept its own counsel.', 'On Monday, 2 June, the leaders spoke by phone. On the day of the seminar the European Commission proposed a new package of sanctions on Russia.');
    expect(dateOf(withDay, '2025-06-09', 'On the day of the seminar the European Commission proposed a new package of sanctions on Russia.', ['European Commission'])).toBe('2025-06-05 DAY');
  });

  it('should keep the publication day when the write-up gives no day for its gathering', () => {
    const undated = text.replace('*The seminar took place in Vilnius on Thursday, 5 June, before an audience of diplomats and students.*', '*The seminar took place in Vilnius before an audience of diplomats and students.*');
    expect(dateOf(undated, '2025-06-09', 'Gabrielius Landsbergis, a former foreign minister, argued that Europe should put a brigade into western Ukraine.', ['Gabrielius Landsbergis'])).toBe('2025-06-09 DAY');
  });
});

describe('#statedAt under a timeline\'s bold date headings', () => {
  const text = [
    '# Timeline: Macron, Meloni and the road to Rome',
    '',
    '*By A. Writer · 30 September 2025*',
    '',
    '**4 March — "We need more time"**',
    '',
    'Three days after Poland offered to host a summit on the force, Giorgia Meloni meets Emmanuel Macron in Paris.',
    '',
    '**2 June and 16 July — Warsaw, then Berlin**',
    '',
    'Meloni meets Donald Tusk in Warsaw for two hours. Three weeks later she is back, this time in Berlin, with Friedrich Merz in the room.',
    '',
    '**9 August and 3 September — two calls**',
    '',
    'After a long call in August, Macron says the coalition will meet again. The September call is shorter: Meloni tells him Italy will not send troops.',
  ].join('\n');
  const published = '2025-09-30';

  it('should date an entry opening "Three days after X, Y …" on its heading\'s day, and X that many days before', () => {
    const sentence = 'Three days after Poland offered to host a summit on the force, Giorgia Meloni meets Emmanuel Macron in Paris.';
    expect(dateOf(text, published, sentence, ['Giorgia Meloni'])).toBe('2025-03-04 DAY');
    expect(dateOf(text, published, sentence, ['Poland'])).toBe('2025-03-01 DAY');
  });

  it('should date an entry under a heading of two days by the first, and count "Three weeks later" from it', () => {
    expect(dateOf(text, published, 'Meloni meets Donald Tusk in Warsaw for two hours.', ['Meloni'])).toBe('2025-06-02 DAY');
    expect(dateOf(text, published, 'Three weeks later she is back, this time in Berlin, with Friedrich Merz in the room.', ['Friedrich Merz'])).toBe('2025-06-23 DAY');
  });

  it('should give a month named under the heading the heading\'s day in that month', () => {
    expect(dateOf(text, published, 'After a long call in August, Macron says the coalition will meet again.', ['Macron'])).toBe('2025-08-09 DAY');
    expect(dateOf(text, published, 'The September call is shorter: Meloni tells him Italy will not send troops.', ['Meloni'])).toBe('2025-09-03 DAY');
  });

  it('should keep the month when no heading over it names a day in that month', () => {
    const plain = ['# Where Rome stands', '', 'After a long call in August, Macron says the coalition will meet again.'].join('\n');
    expect(dateOf(plain, published, 'After a long call in August, Macron says the coalition will meet again.', ['Macron'])).toBe('2025-08 MONTH');
  });
});

describe('#statedAt in a speaker\'s turn of a parliamentary record', () => {
  const text = [
    '# Ukraine: statement by the Prime Minister (Dáil, 12 March 2025)',
    '',
    '*Official record, Dáil Éireann. Wednesday 12 March 2025. Extract.*',
    '',
    '**14.05**',
    '',
    '**The Taoiseach (Micheál Martin):** With your permission, I will make a statement on Ukraine.',
    '',
    'On Monday I travelled to Paris, where I met President Macron and the leaders of the Nordic states.',
    '',
    'I set out our position, and the leaders accepted it. Our neutrality stays.',
    '',
    'Ireland will send engineers to help clear mines once the fighting stops, and we will then discuss it with our partners.',
    '',
    'Ireland is prepared to fund the demining of the Black Sea. Let me be clear: that is not a military mission.',
  ].join('\n');
  const published = '2025-03-12';

  it('should date what the speaker says they will do on the record\'s day', () => {
    expect(dateOf(text, published, 'Ireland will send engineers to help clear mines once the fighting stops, and we will then discuss it with our partners.', ['Micheál Martin'])).toBe('2025-03-12 DAY');
  });

  it('should date so a sentence of theirs in the third person, in a paragraph of their own words', () => {
    expect(dateOf(text, published, 'Ireland is prepared to fund the demining of the Black Sea.', ['Ireland'])).toBe('2025-03-12 DAY');
  });

  it('should keep the day their own words looked back to for what they tell of it', () => {
    expect(dateOf(text, published, 'I set out our position, and the leaders accepted it.', ['Micheál Martin'])).toBe('2025-03-10 DAY');
  });

  it('should leave a reported story\'s scene alone: no speaker\'s label, no turn', () => {
    const story = text.replace('**The Taoiseach (Micheál Martin):** With your permission, I will make a statement on Ukraine.', 'Micheál Martin spoke to the Dáil about Ukraine.').replace('*Official record, Dáil Éireann. Wednesday 12 March 2025. Extract.*', '').replace('**14.05**', '');
    expect(dateOf(story, published, 'Ireland will send engineers to help clear mines once the fighting stops, and we will then discuss it with our partners.', ['Micheál Martin'])).toBe('2025-03-10 DAY');
  });
});

describe('#statedAt with a chain closing the clause a day is told in', () => {
  const text = [
    '# Factbox: who sanctioned what',
    '',
    'Nov 14 (agency-style) - G7 finance ministers meeting in Ottawa on Thursday agreed a lower price cap on Russian oil, two days after Japan imposed new sanctions on Russian banks.',
  ].join('\n');
  const sentence = 'Nov 14 (agency-style) - G7 finance ministers meeting in Ottawa on Thursday agreed a lower price cap on Russian oil, two days after Japan imposed new sanctions on Russian banks.';

  it('should date what the complement tells that many days before the clause\'s day', () => {
    const at = statedAt({ text, publishedAt: '2025-11-14' }, text.indexOf(sentence), text.indexOf(sentence) + sentence.length, ['Japan'], { target: ['sanctions on Russian banks', 'price cap'] });
    expect(at?.date).toBe('2025-11-11');
  });

  it('should keep the clause\'s own day for its own subject', () => {
    expect(dateOf(text, '2025-11-14', sentence, ['G7'])).toBe('2025-11-13 DAY');
  });
});

describe('#statedAt counting "the next day" past the start of a period', () => {
  it('should count from the day the story told, not from the day a demanded truce was to start', () => {
    const text = ['# A week of deadlines', '', 'On 3 June, the leaders of the Nordic states met in Oslo and demanded a truce from Monday 9 June. In the early hours of the next day Vladimir Putin offered talks in Minsk instead.'].join('\n');
    expect(dateOf(text, '2025-06-12', 'In the early hours of the next day Vladimir Putin offered talks in Minsk instead.', ['Vladimir Putin'])).toBe('2025-06-04 DAY');
  });
});

describe('#statedAt with a chain set off by a comma', () => {
  it('should date the clause before it on the story\'s day and what follows it that many days before', () => {
    const text = [
      '# Sofia will not send troops',
      '',
      'The President of Bulgaria, Rumen Radev, said yesterday that Bulgaria would send no soldiers. The head of state spoke in Varna, two days after a Russian drone crashed near the coast.',
      '',
      '"Bulgaria will help clear the mines in the Black Sea," said Rumen Radev.',
    ].join('\n');
    expect(dateOf(text, '2025-10-09', '"Bulgaria will help clear the mines in the Black Sea," said Rumen Radev.', ['Rumen Radev'])).toBe('2025-10-08 DAY');
    expect(dateOf(text, '2025-10-09', 'The head of state spoke in Varna, two days after a Russian drone crashed near the coast.', ['Russian drone'])).toBe('2025-10-06 DAY');
  });
});
