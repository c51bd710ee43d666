// Round 21 date mechanisms (sentences written for these tests; names of real officials, invented wording): a day right
// after a speaker named in apposition ("…, Pål Jonson, said on Sunday that …"); an event write-up's own gathering
// ("The seminar took place in Vilnius on Thursday, 5 June") dating what its speakers said.
import { describe, expect, it } from 'vitest';
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

  it('should keep the publication day when the write-up gives no day for its gathering', () => {
    const undated = text.replace('*The seminar took place in Vilnius on Thursday, 5 June, before an audience of diplomats and students.*', '*The seminar took place in Vilnius before an audience of diplomats and students.*');
    expect(dateOf(undated, '2025-06-09', 'Gabrielius Landsbergis, a former foreign minister, argued that Europe should put a brigade into western Ukraine.', ['Gabrielius Landsbergis'])).toBe('2025-06-09 DAY');
  });
});
