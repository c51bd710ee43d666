// Round 17 statement dates (sentences written for these tests; invented people and places): mechanisms meant for text
// nobody has read.
import { describe, expect, it } from 'vitest';
import { dateOf } from './helpers';

// 2025-03-12 is a Wednesday.
const WEDNESDAY = '2025-03-12';

describe('#statedAt, round 17', () => {
  it('should read a day after a present-tense arrangement ("faces a vote on Friday", "opens on Thursday") as ahead, setting no scene', () => {
    const scene = 'Yesterday the northern ministers met in Oslo.';
    const said = 'Anna Berg said the force was ready.';
    for (const arrangement of [
      'Piet Maas faces a confidence vote on Friday.',
      'The summit opens in Brussels on Thursday.',
      'Maas travels to Washington on Thursday.',
      'Foreign Minister Piet Maas is travelling to Riga on Friday.',
      'Berg, due to meet Maas on Friday, gave nothing away.',
    ]) {
      expect(dateOf([scene, arrangement, said].join('\n'), WEDNESDAY, said, ['Anna Berg', 'Berg'])).toBe('2025-03-11 DAY');
    }
  });

  it('should keep the present of a caption or a bullet as what happened', () => {
    const caption = ['Berg said the force was ready.', '', '*Anna Berg meets Piet Maas in Oslo on Monday. Photo: pool*'].join('\n');
    expect(dateOf(caption, WEDNESDAY, 'Anna Berg meets Piet Maas in Oslo on Monday.', ['Anna Berg'])).toBe('2025-03-10 DAY');
    const bullet = '- Berg hosts Maas in Oslo on Monday';
    expect(dateOf(bullet, WEDNESDAY, 'Berg hosts Maas in Oslo on Monday', ['Berg'])).toBe('2025-03-10 DAY');
    // A past verb after the subject is no arrangement.
    const past = ['Piet Maas faced a confidence vote on Friday.', 'Berg said the force was ready.'].join('\n');
    expect(dateOf(past, WEDNESDAY, 'Berg said the force was ready.', ['Berg'])).toBe('2025-03-07 DAY');
  });

  it('should read a day in a condition still to come ("Should the talks fail on Friday", "If they fail on Friday") as ahead', () => {
    const said = 'Berg said the force was ready.';
    for (const condition of ['Should the talks fail on Friday, sanctions would follow.', 'If the talks fail on Friday, sanctions will follow.', 'Europe must decide on Friday, the ministers agreed.']) {
      expect(dateOf(['Yesterday the ministers met in Oslo.', condition, said].join('\n'), WEDNESDAY, said, ['Berg'])).toBe('2025-03-11 DAY');
    }
    // A condition told in the past is a date like any other.
    const past = 'If Maas agreed on Friday, he did not say so.';
    expect(dateOf(['Yesterday the ministers met in Oslo.', past].join('\n'), WEDNESDAY, past, ['Maas'])).toBe('2025-03-07 DAY');
  });

  it('should not let a date told in the pluperfect set the scene for what follows it', () => {
    const text = [
      'Good morning. The northern ministers spent four hours in Oslo yesterday.',
      '',
      'Anna Berg was the most forward. She had already said as much in a radio interview on Sunday.',
      '',
      'Piet Maas struck a different tone.',
    ].join('\n');
    expect(dateOf(text, WEDNESDAY, 'Piet Maas struck a different tone.', ['Piet Maas', 'Maas'])).toBe('2025-03-11 DAY');
    // The pluperfect sentence itself is dated by its own day.
    expect(dateOf(text, WEDNESDAY, 'She had already said as much in a radio interview on Sunday.', ['Anna Berg'])).toBe('2025-03-09 DAY');
    // Within its paragraph, too: "But she added" goes on from the scene, not from the look back.
    const paragraph = 'Yesterday Berg met the ministers in Oslo. She had said as much on Sunday. But she added a condition.';
    expect(dateOf(paragraph, WEDNESDAY, 'But she added a condition.', ['Berg'])).toBe('2025-03-11 DAY');
    // A chain told in the pluperfect ("the day before he had rejected") looks back as well.
    const chain = ['Berg spoke in Oslo on Tuesday afternoon.', 'Maas said the talks were useful. The day before he had rejected any delay.', 'Berg later hosted a call.'].join('\n');
    expect(dateOf(chain, WEDNESDAY, 'Berg later hosted a call.', ['Berg'])).toBe('2025-03-11 DAY');
  });

  it('should keep a look back told in the pluperfect as the day, when no scene before it is what it looks back from', () => {
    const text = ['On Sunday Berg had spoken to Maas for an hour.', '', 'She told him the force was ready.'].join('\n');
    expect(dateOf(text, WEDNESDAY, 'She told him the force was ready.', ['Berg'])).toBe('2025-03-09 DAY');
    const paragraph = 'On Sunday Berg had spoken to Maas for an hour. She told him the force was ready.';
    expect(dateOf(paragraph, WEDNESDAY, 'She told him the force was ready.', ['Berg'])).toBe('2025-03-09 DAY');
  });

  it('should keep a pluperfect reported after a verb of saying, or in a subordinate clause, in its scene', () => {
    const reported = ['On Monday Berg said that Maas had agreed.', 'Maas did not comment.'].join('\n');
    expect(dateOf(reported, WEDNESDAY, 'Maas did not comment.', ['Maas'])).toBe('2025-03-10 DAY');
    const after = ['After Maas had landed in Oslo on Monday, the two met.', 'Maas said the force was ready.'].join('\n');
    expect(dateOf(after, WEDNESDAY, 'Maas said the force was ready.', ['Maas'])).toBe('2025-03-10 DAY');
  });

  it('should take the day a vaguer date in the same clause takes in ("a weekend in which … on Saturday", "earlier in March and again last Friday")', () => {
    const weekend = 'That came after a weekend in which Anna Berg, the Nordic envoy, told the Oslo Forum on Saturday that the force was ready.';
    expect(dateOf(weekend, WEDNESDAY, weekend, ['Anna Berg', 'Berg'])).toBe('2025-03-08 DAY');
    const again = 'Berg met Piet Maas in Oslo earlier in March and again in Bergen last Friday.';
    expect(dateOf(again, WEDNESDAY, again, ['Berg'])).toBe('2025-03-07 DAY');
    const month = 'Berg said earlier this month and again on Monday that the force was ready.';
    expect(dateOf(month, WEDNESDAY, month, ['Berg'])).toBe('2025-03-10 DAY');
    // Not a day outside it, nor a thing named by its day.
    const outside = 'Berg said in February that the talks of 3 March would decide.';
    expect(dateOf(outside, WEDNESDAY, outside, ['Berg'])).toBe('2025-02 MONTH');
    const possessive = "Berg said last week that Monday's talks had failed.";
    expect(dateOf(possessive, WEDNESDAY, possessive, ['Berg'])?.endsWith('APPROXIMATE')).toBe(true);
  });

  it('should keep a date read with its clause\'s closing comma in that clause ("told reporters in January, and Y said a fortnight ago")', () => {
    const text = '"Any such troops would be targets," Anna Berg told reporters in January, and Piet Maas said a fortnight ago that the plan was dead.';
    expect(dateOf(text, WEDNESDAY, text, ['Anna Berg', 'Berg'])).toBe('2025-01 MONTH');
    expect(dateOf(text, WEDNESDAY, text, ['Piet Maas', 'Maas'])).toBe('2025-02-26 DAY');
  });

  it('should date "days after the summit on 6 March" only to about the month, and leave a counted or clausal one as it was', () => {
    const days = 'Days after the Oslo summit on 6 March, Anna Berg said the force was ready.';
    expect(dateOf(days, WEDNESDAY, days, ['Anna Berg', 'Berg'])).toBe('2025-03 APPROXIMATE');
    const weeks = 'Weeks before the summit of 27 February, Berg wrote that the force was ready.';
    expect(dateOf(weeks, WEDNESDAY, weeks, ['Berg'])).toBe('2025-02 APPROXIMATE');
    // "three days after" is a chain, counted; "after Maas met Berg on Monday" names the meeting's own day.
    const counted = 'Three days after the summit on 6 March, Berg said the force was ready.';
    expect(dateOf(counted, WEDNESDAY, counted, ['Berg'])).toBe('2025-03-09 DAY');
    const clause = 'The trip comes days after Piet Maas met Berg in Oslo on Monday.';
    expect(dateOf(clause, WEDNESDAY, clause, ['Piet Maas', 'Maas'])).toBe('2025-03-10 DAY');
  });

  it('should carry an explainer\'s scene across a question heading when the answer opens on the people named before it', () => {
    const text = [
      '## Who decided this?',
      '',
      'Anna Berg and Piet Maas announced the plan on Thursday, at the end of a two-day summit in Oslo.',
      '',
      '## Where would it be run from?',
      '',
      'The two leaders proposed a headquarters in Bergen. Berg said the plans were at an advanced stage.',
    ].join('\n');
    expect(dateOf(text, WEDNESDAY, 'Berg said the plans were at an advanced stage.', ['Berg'])).toBe('2025-03-06 DAY');
    // An answer opening on anything else starts anew.
    const anew = text.replace('The two leaders proposed', 'Planners proposed');
    expect(dateOf(anew, WEDNESDAY, 'Berg said the plans were at an advanced stage.', ['Berg'])).toBe('2025-03-12 DAY');
    const both = text.replace('The two leaders proposed', 'Both Norway and Denmark proposed');
    expect(dateOf(both, WEDNESDAY, 'Berg said the plans were at an advanced stage.', ['Berg'])).toBe('2025-03-12 DAY');
  });

  it('should count "X came a day after Y said on Sunday" from the day the complement names', () => {
    const text = "Berg's comments came a day after Piet Maas said on Sunday that the plan was premature.";
    expect(dateOf(text, WEDNESDAY, text, ['Berg'])).toBe('2025-03-10 DAY');
    expect(dateOf(text, WEDNESDAY, text, ['Piet Maas', 'Maas'])).toBe('2025-03-09 DAY');
    const two = 'Berg spoke in Oslo two days after Maas met the king on Sunday.';
    expect(dateOf(two, WEDNESDAY, two, ['Berg'])).toBe('2025-03-11 DAY');
    // A speaker named in the complement is its actor, whatever the sentence names first.
    const trip = "The envoy's trip comes three days after Anna Berg met Maas in Oslo on Monday.";
    expect(dateOf(trip, WEDNESDAY, trip, ['envoy', 'Anna Berg'])).toBe('2025-03-10 DAY');
    expect(dateOf(trip, '2025-03-14', trip, ['envoy'])).toBe('2025-03-13 DAY');
    // A date stated before the chain stays its anchor.
    const before = 'On Monday Berg spoke in Oslo, a day after Maas met the king.';
    expect(dateOf(before, WEDNESDAY, before, ['Berg'])).toBe('2025-03-10 DAY');
  });

  it('should date the agent of a participle aside ("the tariffs, announced by the U.S. Treasury a day earlier,") by the aside', () => {
    const text = 'Speaking on Thursday, Anna Berg called the new tariffs, announced by the U.S. Treasury a day earlier, a hostile act.';
    expect(dateOf(text, '2025-03-14', text, ['U.S.', 'United States'])).toBe('2025-03-12 DAY');
    expect(dateOf(text, '2025-03-14', text, ['Anna Berg', 'Berg'])).toBe('2025-03-13 DAY');
    // Someone named inside another's relative clause is no agent of it.
    const other = 'Anna Berg, who fell out with Piet Maas in Oslo on 28 February, urged Moscow on Tuesday to accept the truce.';
    expect(dateOf(other, WEDNESDAY, other, ['Piet Maas', 'Maas'])).toBe('2025-03-11 DAY');
  });

  it('should read "later this month", "later this week" and "later this year" as still to come', () => {
    const month = 'Anna Berg urged her partners to agree at the summit later this month.';
    expect(dateOf(['On Monday the ministers met in Oslo.', month].join('\n'), WEDNESDAY, month, ['Anna Berg'])).toBe('2025-03-10 DAY');
    for (const later of ['Berg will see Maas later this week.', 'Berg said the force would deploy later this year.']) {
      expect(dateOf(later, WEDNESDAY, later, ['Berg'])).toBe('2025-03-12 DAY');
    }
    // "earlier this month" is a date like any other.
    const earlier = 'Berg met Maas earlier this month.';
    expect(dateOf(earlier, WEDNESDAY, earlier, ['Berg'])).toBe('2025-03 MONTH');
  });
});
