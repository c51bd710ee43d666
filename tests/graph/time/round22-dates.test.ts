// Round 22 date mechanisms (sentences written for these tests; names of real officials and invented ones, invented
// wording): a lead's own calendar day a few days before the paper ("On Thursday 17 April, …" in the paper of the 18th)
// sets the story's scene as "on Thursday" would; a paragraph of background stepping back from the news to an earlier
// day, which does not name the speaker, is not where the speaker, back in the story, speaks.
import { describe, expect, it } from 'vitest';
import { dateOf } from './helpers';

describe("#statedAt with the lead's own calendar day", () => {
  const story = (lead: string) => [
    '# Ministers meet in Vienna on the monitoring mission',
    '',
    '*Translated from German.*',
    '',
    'By our correspondent in Vienna',
    '',
    lead,
    '',
    'The talks went on at the level of the political directors into the evening, and a paper was circulated among the delegations.',
    '',
    'Ms Kallas, who chaired the lunch, considers that any mission must be "credible" and needs an American backstop behind it.',
  ].join('\n');
  const said = 'Ms Kallas, who chaired the lunch, considers that any mission must be "credible" and needs an American backstop behind it.';

  it('should date a later paragraph by "On Tuesday 3 June" in the lead of the paper of 4 June', () => {
    const text = story('On Tuesday 3 June, the foreign ministers of eleven countries sat down in Vienna with the EU foreign policy chief to discuss how a ceasefire could be watched.');
    expect(dateOf(text, '2025-06-04', said, ['Ms Kallas', 'Kallas'])).toBe('2025-06-03 DAY');
  });

  it('should date it so with the day alone ("On 2 June") or the American order ("On Monday, June 2,")', () => {
    const plain = story('On 2 June, the foreign ministers of eleven countries sat down in Vienna with the EU foreign policy chief to discuss how a ceasefire could be watched.');
    expect(dateOf(plain, '2025-06-04', said, ['Kallas'])).toBe('2025-06-02 DAY');
    const american = story('On Monday, June 2, the foreign ministers of eleven countries sat down in Vienna with the EU foreign policy chief to discuss how a ceasefire could be watched.');
    expect(dateOf(american, '2025-06-04', said, ['Kallas'])).toBe('2025-06-02 DAY');
  });

  it('should not let a lead date weeks before the paper set the scene (it is background)', () => {
    const text = story('On 12 May, the foreign ministers of eleven countries first sat down in Vienna with the EU foreign policy chief to discuss how a ceasefire could be watched.');
    expect(dateOf(text, '2025-06-04', said, ['Kallas'])).toBe('2025-06-04 DAY');
  });

  it('should not let such a date set the scene outside the lead (a setting paragraph further down)', () => {
    const text = [
      '# Ministers meet in Vienna on the monitoring mission',
      '',
      'The question of who would watch a ceasefire line has moved from the seminar room to the ministers, and not everyone likes the answers on offer.',
      '',
      'On 2 June, the foreign ministers of eleven countries sat down in Vienna with the EU foreign policy chief to discuss it.',
      '',
      'Ms Kallas considers that any mission must be "credible" and needs an American backstop behind it.',
    ].join('\n');
    expect(dateOf(text, '2025-06-04', 'Ms Kallas considers that any mission must be "credible" and needs an American backstop behind it.', ['Kallas'])).toBe('2025-06-04 DAY');
  });
});

describe("#statedAt when background steps back from the speaker's day", () => {
  const release = (background: string, quote: string) => [
    '# Foreign Minister Berg to Sybiha: Norway ready to help guarantee a ceasefire',
    '',
    '**Ministry of Foreign Affairs — Press release**',
    '',
    'Today, Foreign Minister Anna Berg held a telephone conversation with the Minister for Foreign Affairs of Ukraine, Andrii Sybiha, on the outcome of the summit.',
    '',
    background,
    '',
    quote,
  ].join('\n');
  const quote = '"We are ready to contribute to the force with ships and aircraft," Minister Berg said.';

  it('should date the speaker\'s quote by the lead\'s "Today", not by the "on Monday" of a paragraph about others', () => {
    const text = release('Prime Minister Jonas Dahl took part in the summit in Rome on Monday, which was co-chaired by Giorgia Meloni and Keir Starmer. The leaders afterwards held a call with Donald Trump.', quote);
    expect(dateOf(text, '2025-09-10', quote, ['Minister Berg'])).toBe('2025-09-10 DAY');
  });

  it('should do so for a lead told "yesterday" and background told "on Saturday", the speaker named by surname in the quote', () => {
    const text = [
      '# Lind: Denmark will help watch the line',
      '',
      'Yesterday the Danish defence minister, Mette Lind, met her Finnish counterpart in Helsinki to talk about how a ceasefire could be monitored.',
      '',
      'Leaders of the coalition agreed on Saturday in London to set up a planning cell, which Britain and France will lead.',
      '',
      '"Drones can watch a line that soldiers cannot," Lind said.',
    ].join('\n');
    expect(dateOf(text, '2025-09-10', '"Drones can watch a line that soldiers cannot," Lind said.', ['Lind'])).toBe('2025-09-09 DAY');
  });

  it('should keep the day of a paragraph that may tell of the speaker by a title or pronoun ("The minister spoke on Monday")', () => {
    const text = release('The minister spoke on Monday at the summit in Rome, which was co-chaired by Giorgia Meloni and Keir Starmer.', quote);
    expect(dateOf(text, '2025-09-10', quote, ['Minister Berg'])).toBe('2025-09-08 DAY');
  });

  it('should keep a later day the story moves on to ("On Monday … ¶ On Wednesday …")', () => {
    const text = [
      '# Berg and Sybiha talk guarantees',
      '',
      'On Monday, Foreign Minister Anna Berg held a telephone conversation with the Minister for Foreign Affairs of Ukraine, Andrii Sybiha.',
      '',
      'On Wednesday the European Union adopted its 19th package of sanctions against Russia after Slovakia lifted its veto.',
      '',
      quote,
    ].join('\n');
    expect(dateOf(text, '2025-09-12', quote, ['Minister Berg'])).toBe('2025-09-10 DAY');
  });
});

describe("#statedAt on a transcript's headline", () => {
  const transcript = (turn: string) => [
    "# 'No deal on the table': transcript of our interview on the Rubio–Lavrov call",
    '',
    '*The Evening Hour · Transcript, edited for length · Broadcast Wednesday 11 June 2025, published 12 June 2025*',
    '',
    'Presenter: **Tom Hale**',
    'Guest: **Dr Ines Varga**, senior fellow at the Vienna Institute for Security Studies',
    '',
    '![Ines Varga in the studio](varga.jpg)',
    '*Dr Ines Varga in the studio. Photo: programme handout*',
    '',
    '---',
    '',
    turn,
    '',
    '**VARGA:** For Moscow, certainly. Lavrov got a long conversation and gave away nothing at all.',
  ].join('\n');
  const headline = "# 'No deal on the table': transcript of our interview on the Rubio–Lavrov call";

  it("should date the headline by the day the first turn gives its news (\"yesterday\", from the broadcast's day)", () => {
    const text = transcript('**HALE:** Dr Varga, thank you for coming in. Marco Rubio spent an hour on the phone with Sergei Lavrov yesterday. Did anything come of it?');
    expect(dateOf(text, '2025-06-12', headline, ['Rubio'])).toBe('2025-06-10 DAY');
  });

  it('should read the first turn past a long label line, pictures and a rule, and whatever its speaker\'s label', () => {
    const text = transcript('**Q (Tom Hale):** Thank you for coming in. On Monday Marco Rubio spoke by phone with Sergei Lavrov for an hour. What came of it?');
    expect(dateOf(text, '2025-06-12', headline, ['Rubio'])).toBe('2025-06-09 DAY');
  });

  it("should not take a thing's day named in the possessive (\"Saturday's call\") for the lead's news day", () => {
    const text = [
      '# Transcript: Dutch minister on a role in the force',
      '',
      '*Press conference at the Ministry of Defence, The Hague, Monday 17 March 2025. Transcript lightly edited.*',
      '',
      "**MINISTER:** Good afternoon. This morning I briefed the cabinet on Saturday's video call of the coalition, which Britain's prime minister hosted.",
    ].join('\n');
    expect(dateOf(text, '2025-03-17', '# Transcript: Dutch minister on a role in the force', ['Dutch'])).toBe('2025-03-17 DAY');
  });
});

describe("#statedAt with another's words answered, and their day", () => {
  const TUESDAY = '2025-06-10';

  it("should not date the answer by the day of the words it answers (\"Commenting on the remarks made by X … earlier this week\")", () => {
    const text = [
      'Today, Foreign Minister Anna Berg spoke by phone with her Ukrainian counterpart about the summit.',
      '',
      'Commenting on the remarks made by Vladimir Putin in Minsk earlier this week, the minister said his offer of talks in Moscow was "a trap". "If he wants peace, he can stop the shelling today," Berg said.',
    ].join('\n');
    expect(dateOf(text, TUESDAY, '"If he wants peace, he can stop the shelling today," Berg said.', ['Berg'])).toBe('2025-06-10 DAY');
    // Putin's remarks are still dated by their week.
    expect(dateOf(text, TUESDAY, 'Commenting on the remarks made by Vladimir Putin in Minsk earlier this week, the minister said his offer of talks in Moscow was "a trap".', ['Vladimir Putin'])).toBe('2025-06 APPROXIMATE');
  });

  it("should read the variants: \"Responding to Trump's comments on Sunday\", \"dismissed the offer made by the Kremlin on Friday\"", () => {
    const responding = "Responding to Donald Trump's comments on Sunday, Emmanuel Macron said Europe would not be divided over the force.";
    expect(dateOf(responding, TUESDAY, responding, ['Emmanuel Macron'])).toBe('2025-06-10 DAY');
    expect(dateOf(responding, TUESDAY, responding, ['Donald Trump'])).toBe('2025-06-08 DAY');
    const dismissed = 'Donald Tusk dismissed the offer made by the Kremlin on Friday as theatre for the cameras.';
    expect(dateOf(dismissed, TUESDAY, dismissed, ['Donald Tusk'])).toBe('2025-06-10 DAY');
  });

  it('should keep the day of words that are the speaker\'s own ("In remarks made on Monday, Trump said …")', () => {
    const own = 'In remarks made on Monday, Donald Trump said the United States would help Europe with guarantees.';
    expect(dateOf(own, TUESDAY, own, ['Donald Trump'])).toBe('2025-06-09 DAY');
  });
});
