// Round 25 date mechanisms (sentences written for these tests; names of real officials and invented ones, invented
// wording): "last Thursday" written on a Friday is the week before, not yesterday; a period still running that a
// future verb looks ahead to ("would keep up its aid this year") dates nothing said; an aside telling a person's
// appointment in the passive ("who was appointed only last week") is their background; a bare year after the
// article's ("by 2035") is still to come; "by" before a day's words ("unmoved by Monday's statement") is their agent,
// not a deadline; a day a thing was put off to ("pushed to December") is still to come; a Saturday or Sunday told in the
// sentence of "last weekend" is that weekend's; "are to meet on Thursday" is still to come; "on 14.12.2025" is a day,
// written day first.
import { describe, expect, it } from 'vitest';
import { readEventDate } from '@/graph/extract/event-date';
import { dateOf } from './helpers';

describe('"last" and a weekday written the day after it', () => {
  const text = ['# Garrison visit', '', 'The minister toured the barracks on Thursday.', '', 'The tour came a week after the summit. Anna Berg hosted last Thursday\'s meeting with the other leaders.'].join('\n');

  it('should date "last Thursday" in Friday\'s paper a week before yesterday', () => {
    expect(dateOf(text, '2025-09-12', 'Anna Berg hosted', ['Anna Berg'])).toBe('2025-09-04 DAY');
  });

  it('should leave "on Thursday" in Friday\'s paper as yesterday', () => {
    expect(dateOf(text, '2025-09-12', 'The minister toured the barracks on Thursday.', ['The minister'])).toBe('2025-09-11 DAY');
  });

  it('should read the event\'s day the same way', () => {
    expect(readEventDate('who hosted last Thursday\'s meeting', '2025-09-12')?.date).toBe('2025-09-04');
    expect(readEventDate('at the summit on Thursday', '2025-09-12')?.date).toBe('2025-09-11');
    expect(readEventDate('at the summit last Tuesday', '2025-09-12')?.date).toBe('2025-09-09');
  });
});

describe('a running period looked ahead to', () => {
  it('should not date a statement by "this year" after "would"', () => {
    const text = ['# Aid', '', 'OTTAWA, Aug 24 (Wire) - The prime minister spoke in Kyiv on Sunday.', '', 'At home, the visit drew a cautious response. Anna Berg said the country would also keep up its aid this year and would keep its sanctions in place.'].join('\n');
    expect(dateOf(text, '2025-08-24', 'Anna Berg said the country', ['Anna Berg'])).toBe('2025-08-24 DAY');
  });

  it('should not date a statement by "this month" after "will"', () => {
    const text = ['# Aid', '', 'The ministers met in Oslo on Tuesday.', '', 'Anna Berg said the government will decide on the mission this month.'].join('\n');
    expect(dateOf(text, '2025-10-16', 'Anna Berg said the government', ['Anna Berg'])).toBe('2025-10-14 DAY');
  });

  it('should still date by "earlier this month" told in the past', () => {
    const text = ['# Aid', '', 'Earlier this month Anna Berg said the country would keep up its aid.'].join('\n');
    expect(dateOf(text, '2025-10-16', 'Earlier this month Anna Berg said', ['Anna Berg'])).toBe('2025-10 MONTH');
  });
});

describe('an aside telling an appointment in the passive', () => {
  it('should not date the main clause by "who was appointed only last week"', () => {
    const text = ['# Talks', '', '**20:35 — Berg: three demands**', '', 'Anna Berg, who was appointed secretary of the security council only last week, said her delegation had put three demands on the table.'].join('\n');
    expect(dateOf(text, '2025-07-23', 'Anna Berg, who was appointed', ['Anna Berg'])).toBe('2025-07-23 DAY');
  });

  it('should still date by an aside telling when the speaker spoke', () => {
    const text = ['# Talks', '', 'Anna Berg, who spoke on Monday, backed the plan.'].join('\n');
    expect(dateOf(text, '2025-07-23', 'Anna Berg, who spoke', ['Anna Berg'])).toBe('2025-07-21 DAY');
  });
});

describe('a bare year after the article\'s', () => {
  it('should not date a statement by "by 2035"', () => {
    const text = ['# Summit', '', 'The prime minister closed the summit yesterday. Spain will not spend 5% of its output on defence, as the other allies pledged to do by 2035.'].join('\n');
    expect(dateOf(text, '2025-06-26', 'Spain will not spend', ['Spain'])).toBe('2025-06-25 DAY');
  });

  it('should still date by a year before the article\'s', () => {
    const text = ['# Summit', '', 'Spain refused to send troops in 2024.'].join('\n');
    expect(dateOf(text, '2025-06-26', 'Spain refused', ['Spain'])).toBe('2024 YEAR');
  });
});

describe('"by" before a day\'s words', () => {
  it('should read "unmoved by Monday\'s statement" as the day the next sentence goes on with', () => {
    const text = ['# Letters', '', 'Sir, I was unmoved by Monday\'s statement. The minister told MPs that planning would now go ahead.'].join('\n');
    expect(dateOf(text, '2025-03-05', 'The minister told MPs', ['The minister'])).toBe('2025-03-03 DAY');
  });

  it('should still read "by Monday\'s deadline" as a deadline', () => {
    const text = ['# Talks', '', 'On Saturday the minister said a deal must be done by Monday\'s deadline.'].join('\n');
    expect(dateOf(text, '2025-03-05', 'On Saturday the minister said', ['the minister'])).toBe('2025-03-01 DAY');
  });
});

describe('a day a thing was put off to', () => {
  it('should not count "the next day" from the month a decision was pushed to', () => {
    const text = ['# Loan', '', 'At the summit in Brussels on Thursday the leaders were expected to back the loan. The decision was pushed to December. Anna Berg said in London the next day that she hoped it would be agreed then.'].join('\n');
    expect(dateOf(text, '2025-10-27', 'Anna Berg said in London', ['Anna Berg'])).toBe('2025-10-24 DAY');
  });

  it('should not date a statement by the month a vote was postponed until', () => {
    const text = ['# Vote', '', 'On Tuesday Anna Berg said the vote had been postponed until March.'].join('\n');
    expect(dateOf(text, '2025-10-16', 'On Tuesday Anna Berg said', ['Anna Berg'])).toBe('2025-10-14 DAY');
  });
});

describe('a weekend day after "last weekend"', () => {
  it('should date "Saturday" in the sentence of "last weekend" in that weekend', () => {
    const text = ['# Column', '', 'Those who met Anna Berg in Oslo last weekend, at a summit the Americans skipped, say she spoke for most of Saturday.'].join('\n');
    expect(dateOf(text, '2025-11-30', 'Those who met Anna Berg', ['Anna Berg'])).toBe('2025-11-22 DAY');
  });

  it('should leave "on Saturday" without "last weekend" as the latest Saturday', () => {
    const text = ['# Column', '', 'Anna Berg spoke in Oslo on Saturday.'].join('\n');
    expect(dateOf(text, '2025-11-30', 'Anna Berg spoke', ['Anna Berg'])).toBe('2025-11-29 DAY');
  });
});

describe('"is to", "are to" with a verb of a scheduled thing', () => {
  it('should not date the next sentence by the Thursday the chiefs "are to meet"', () => {
    const text = ['# Call', '', 'Anna Berg hosted a call of 25 leaders on Saturday.', '', 'Anna Berg told the leaders their plans were moving ahead. Military chiefs are to meet in Riga on Thursday, her office said. She urged Moscow to accept the truce.'].join('\n');
    expect(dateOf(text, '2025-03-16', 'She urged Moscow', ['She'])).toBe('2025-03-15 DAY');
  });

  it('should still date by a Thursday told in the past', () => {
    const text = ['# Call', '', 'Military chiefs met in Riga on Thursday, her office said. She urged Moscow to accept the truce.'].join('\n');
    expect(dateOf(text, '2025-03-16', 'She urged Moscow', ['She'])).toBe('2025-03-13 DAY');
  });
});

describe('a date written day first with dots', () => {
  it('should date "On 08.03.2025 … said" on that day', () => {
    const text = ['# Plan', '', 'The ministers of the three Baltic states met in Riga to talk about the mission, the money and the plan for the border.', '', 'On 08.03.2025 Anna Berg said the plan was ready.'].join('\n');
    expect(dateOf(text, '2025-03-13', 'On 08.03.2025 Anna Berg said', ['Anna Berg'])).toBe('2025-03-08 DAY');
  });

  it('should not date a statement by a day still to come, nor read a number that is no date', () => {
    const text = ['# Plan', '', 'The ministers of the three Baltic states met in Riga to talk about the mission, the money and the plan for the border.', '', 'On Tuesday Anna Berg said the plan would be signed on 20.03.2025, once the ministers of all three states had read it, the parliaments had debated it and the border guards had been told what it would ask of them.'].join('\n');
    expect(dateOf(text, '2025-03-13', 'On Tuesday Anna Berg said', ['Anna Berg'])).toBe('2025-03-11 DAY');
    const other = ['# Plan', '', 'The ministers of the three Baltic states met in Riga to talk about the mission, the money and the plan for the border.', '', 'Anna Berg said growth of 1.5 per cent was ready on 31.02.2025.'].join('\n');
    expect(dateOf(other, '2025-03-13', 'Anna Berg said', ['Anna Berg'])).toBe('2025-03-13 DAY');
  });
});
