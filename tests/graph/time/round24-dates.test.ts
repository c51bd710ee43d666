// Round 24 date mechanisms (sentences written for these tests; names of real officials and invented ones, invented
// wording): a sentence in bold or italics ends where its emphasis closes ("**… next week.** On Monday …"); "next week"
// without "the" is the writer's next week, still to come; under a heading that gives a calendar day (a readout's "###
// Call with the Finnish minister: 11 March 2025", a diary's "**Wednesday 12 March**") "this morning", "today" and
// "yesterday" are that day's, while weekdays and months stay the writer's; a scene told only to the week or month ("the
// talks at the weekend") goes on with the day of its section that it takes in.
import { describe, expect, it } from 'vitest';
import { dateOf } from './helpers';

describe('#statedAt after a sentence in bold or italics', () => {
  it('should not read the bold sentence\'s "next week" into the sentence after it', () => {
    const text = ['# Riga', '', '**The minister is due to brief the Saeima on the mission next week.** On Monday night Anna Berg told journalists that Latvia was "ready to send engineers".'].join('\n');
    expect(dateOf(text, '2025-10-15', 'On Monday night Anna Berg told journalists', ['Anna Berg'])).toBe('2025-10-13 DAY');
  });

  it('should end an italic sentence too', () => {
    const text = ['# Riga', '', '_Officials expect a decision next week._ Yesterday evening Anna Berg said Latvia would send engineers.'].join('\n');
    expect(dateOf(text, '2025-10-15', 'Yesterday evening Anna Berg said', ['Anna Berg'])).toBe('2025-10-14 DAY');
  });
});

describe('#statedAt with "next week"', () => {
  it('should not date a statement by the writer\'s next week', () => {
    const text = ['# Vilnius', '', 'The ministers met in Vilnius on Monday.', '', 'Anna Berg said the ministers would decide on the mission next week.'].join('\n');
    expect(dateOf(text, '2025-10-15', 'Anna Berg said', ['Anna Berg'])).toBe('2025-10-13 DAY');
  });

  it('should still count "the next week" from the day the story told', () => {
    const text = ['# Vilnius', '', 'On 2 October the ministers met in Vilnius. The next week Anna Berg said Latvia would send engineers.'].join('\n');
    expect(dateOf(text, '2025-10-20', 'The next week Anna Berg said', ['Anna Berg'])).toBe('2025-10 APPROXIMATE');
  });
});

describe('#statedAt under a heading giving a calendar day', () => {
  const readouts = [
    '# Foreign Secretary\'s calls: readouts, 10–12 March 2025',
    '',
    '*Published 14 March 2025*',
    '',
    '### Call with the Finnish foreign minister: 12 March 2025',
    '',
    'The Foreign Secretary spoke to Foreign Minister Elina Valtonen this morning.',
    '',
    'The ministers discussed the talks in Riyadh at the weekend.',
    '',
    'Ms Valtonen said Finland would contribute to the mission once a ceasefire held.',
    '',
    '---',
    '',
    '### Call with the Polish foreign minister: 10 March 2025',
    '',
    'The Foreign Secretary spoke to Radosław Sikorski this evening. Mr Sikorski said Poland would not send troops.',
  ].join('\n');

  it('should read "this morning" as the heading\'s day, not the page\'s', () => {
    expect(dateOf(readouts, '2025-03-14', 'The Foreign Secretary spoke to Foreign Minister Elina Valtonen this morning.', ['Elina Valtonen'])).toBe('2025-03-12 DAY');
  });

  it('should date a sentence of the section with no date of its own by the heading\'s day, past a vaguer "at the weekend"', () => {
    expect(dateOf(readouts, '2025-03-14', 'Ms Valtonen said Finland would contribute', ['Ms Valtonen'])).toBe('2025-03-12 DAY');
  });

  it('should read "this evening" in the next section by that section\'s heading', () => {
    expect(dateOf(readouts, '2025-03-14', 'Mr Sikorski said Poland would not send troops.', ['Mr Sikorski'])).toBe('2025-03-10 DAY');
  });

  it('should read a diary\'s "today" and "yesterday" by its dated day', () => {
    const diary = ['# A week in Brussels', '', '*Sunday 16 March 2025*', '', '**Wednesday 12 March**', '', 'Kaja Kallas said today that the Union would fund the mission. Yesterday the ministers met in Warsaw.'].join('\n');
    expect(dateOf(diary, '2025-03-16', 'Kaja Kallas said today', ['Kaja Kallas'])).toBe('2025-03-12 DAY');
    expect(dateOf(diary, '2025-03-16', 'Yesterday the ministers met in Warsaw.', ['ministers'])).toBe('2025-03-11 DAY');
  });

  it('should keep "yesterday" the writer\'s under a heading naming a weekday alone', () => {
    const newsletter = ['# Security Weekly', '', '**Friday: talks, and little else**', '', 'The delegations sat down in Geneva yesterday morning. Rustem Umerov said Kyiv had again offered a ceasefire.'].join('\n');
    expect(dateOf(newsletter, '2025-05-17', 'The delegations sat down in Geneva yesterday morning.', ['delegations'])).toBe('2025-05-16 DAY');
  });

  it('should keep weekdays the writer\'s under a ledger\'s dated heading', () => {
    const ledger = ['# Who said what', '', '**Oslo — 6 March**', 'Jonas Gahr Støre said Norway would send ships. His foreign minister repeated it last Friday.'].join('\n');
    expect(dateOf(ledger, '2025-03-20', 'His foreign minister repeated it last Friday.', ['His foreign minister'])).toBe('2025-03-14 DAY');
  });

  it('should not carry a vague heading\'s weekend across to the day of the section above it', () => {
    const ledger = ['# Who said what', '', '**Rome — last Friday**', 'Giorgia Meloni said no Italian soldiers would go.', '', '**Kyiv — over the weekend**', 'Volodymyr Zelensky said the guarantee was ready to be signed.'].join('\n');
    expect(dateOf(ledger, '2025-03-18', 'Volodymyr Zelensky said the guarantee', ['Volodymyr Zelensky'])).toBe('2025-03 APPROXIMATE');
  });
});

describe('#statedAt with "the weekend of" two dates', () => {
  it('should date only the month, as "at the weekend" is', () => {
    const text = ['# Fact check', '', 'Italy and Spain put forward a joint paper on the weekend of 8–9 March, officials said.'].join('\n');
    expect(dateOf(text, '2025-03-20', 'Italy and Spain put forward a joint paper', ['Italy'])).toBe('2025-03 APPROXIMATE');
    const and = ['# Fact check', '', 'Italy and Spain put forward a joint paper over the weekend of 8 and 9 March.'].join('\n');
    expect(dateOf(and, '2025-03-20', 'Italy and Spain put forward a joint paper', ['Italy'])).toBe('2025-03 APPROXIMATE');
  });
});

describe('#statedAt with an aside about a person', () => {
  const diary = ['# The week', '', '**Friday**', '', 'Anna Berg, who had called the offer "a trap" the night before, asks for more sanctions. Jonas Lind, sworn in the day before, also dials in.'].join('\n');

  it('should date the main clause by its section\'s day, not by a chain in a "who had …" aside', () => {
    expect(dateOf(diary, '2025-03-16', 'Anna Berg, who had called', ['Anna Berg'])).toBe('2025-03-14 DAY');
  });

  it('should not date it by a participle aside ("sworn in the day before") either', () => {
    expect(dateOf(diary, '2025-03-16', 'Jonas Lind, sworn in the day before', ['Jonas Lind'])).toBe('2025-03-14 DAY');
  });

  it('should still date it by an aside telling when the speaker spoke', () => {
    const text = ['# Vilnius', '', 'Anna Berg, who spoke on Monday, backed the plan.'].join('\n');
    expect(dateOf(text, '2025-03-16', 'Anna Berg, who spoke on Monday', ['Anna Berg'])).toBe('2025-03-10 DAY');
  });
});

describe('#statedAt under a bold label line', () => {
  it('should count "The next day" from the day above a "**Verdict: …**" line', () => {
    const text = [
      '# Fact check',
      '',
      '### Claim 2: "We have seen no plan."',
      '',
      '**Who said it:** Government spokesman Piet Maas, on Tuesday 4 March.',
      '',
      '**Verdict: Misleading**',
      '',
      'Mr Maas told reporters that The Hague had received "nothing official". The next day Ruben Brekelmans said the Netherlands had the text.',
    ].join('\n');
    expect(dateOf(text, '2025-03-12', 'The next day Ruben Brekelmans said', ['Ruben Brekelmans'])).toBe('2025-03-05 DAY');
  });
});
