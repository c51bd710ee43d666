// Statement dates written the way news writes them, on sentences written for these tests (names of real officials,
// invented wording): a live-blog entry's own day, "the day before yesterday", durations, two speakers in one sentence,
// a look back "five years ago", a quote dated by the sentences after it, and old years in an aside.
import { describe, expect, it } from 'vitest';
import { statedAt } from '@/graph/time/stated-at';

/** The date statedAt gives the sentence `sentence` of `text` (paragraphs are lines), spoken by `speaker`. */
function dateOf(text: string, publishedAt: string, sentence: string, speaker: string[] = []) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return statedAt({ text, publishedAt }, start, start + sentence.length, speaker)?.date;
}

describe('#statedAt on a live blog with day headings', () => {
  const blog = [
    '# Live: leaders meet in Paris',
    '',
    '**Wednesday 7 January**',
    '',
    '**09:10** — Zakharova wrote this morning that Russia rejects any Western troops.',
    '',
    '**Tuesday 6 January**',
    '',
    '**16:20** — Italy will not send soldiers to the force, Meloni\'s office said, repeating her line of the past year.',
    '',
    '**11:45** — Zelensky said this morning that he expected answers on guarantees from today\'s meeting.',
    '',
    '**Monday 5 January**',
    '',
    '**17:00** — Tusk said yesterday that Poland would not send troops.',
  ].join('\n');

  it('should count "this morning" and "yesterday" in an entry from the day heading above it, not the page\'s day', () => {
    expect(dateOf(blog, '2026-01-07', 'Zelensky said this morning that he expected answers on guarantees from today\'s meeting.')).toBe('2026-01-06');
    expect(dateOf(blog, '2026-01-07', 'Tusk said yesterday that Poland would not send troops.')).toBe('2026-01-04');
    expect(dateOf(blog, '2026-01-07', 'Zakharova wrote this morning that Russia rejects any Western troops.')).toBe('2026-01-07');
  });

  it('should date attendance told in the next morning\'s entry by the event\'s day, other statements by the entry\'s', () => {
    const recap = '**Wednesday 7 January**\n\n**08:30** — A recap: Rutte and Costa attended the summit at the Élysée.';
    const sentence = 'A recap: Rutte and Costa attended the summit at the Élysée.';
    const start = recap.indexOf(sentence);
    expect(statedAt({ text: recap, publishedAt: '2026-01-07' }, start, start + sentence.length, ['Rutte'], { eventDate: '2026-01-06' })?.date).toBe('2026-01-06');
    expect(statedAt({ text: recap, publishedAt: '2026-01-07' }, start, start + sentence.length, ['Rutte'])?.date).toBe('2026-01-07');
  });

  it('should not take "the past year" for a date: the entry keeps its day', () => {
    expect(dateOf(blog, '2026-01-07', 'Italy will not send soldiers to the force, Meloni\'s office said, repeating her line of the past year.')).toBe('2026-01-06');
  });
});

describe('#statedAt with news phrasing', () => {
  it('should read "the day before yesterday" as two days before the writer\'s day, also as the scene of the next paragraph', () => {
    const text = 'Crosetto was more concrete the day before yesterday.\nInterviewed on the radio, he said that Italy is ready to help clear mines.';
    expect(dateOf(text, '2026-01-10', 'Crosetto was more concrete the day before yesterday.')).toBe('2026-01-08');
    expect(dateOf(text, '2026-01-10', 'Interviewed on the radio, he said that Italy is ready to help clear mines.')).toBe('2026-01-08');
  });

  it('should still count "the day before" from the date stated before it', () => {
    expect(dateOf('Merz spoke on Sept. 10. Tusk had made the same point the day before.', '2025-09-20', 'Tusk had made the same point the day before.')).toBe('2025-09-09');
  });

  it('should not date a statement by "over the past year" or "the last few months"', () => {
    const tusk = 'Repeating his line of the past year, Tusk said on Monday that Poland would not send soldiers.';
    expect(dateOf(tusk, '2025-12-10', tusk)).toBe('2025-12-08');
    const peskov = 'After the last few months of talks, Peskov said on Tuesday that the Kremlin rejected the idea.';
    expect(dateOf(peskov, '2025-12-10', peskov)).toBe('2025-12-09');
  });

  it('should date each speaker of "A said in January, and B said a fortnight ago" by the date in his own clause', () => {
    const sentence = '"Such units would be targets," Lavrov told reporters in January, and Peskov said a fortnight ago that Moscow rejects the force.';
    expect(dateOf(sentence, '2026-02-03', sentence, ['Peskov'])).toBe('2026-01-20');
    expect(dateOf(sentence, '2026-02-03', sentence, ['Lavrov'])).toBe('2026-01');
  });

  it('should not let "five years ago" set the scene for the sentences after it', () => {
    const text = 'On Friday Merz gave a speech that would have been unthinkable five years ago. Germany, he said, would contribute to the guarantees.\nThe hall applauded his plan for the guarantees.';
    expect(dateOf(text, '2026-02-16', 'Germany, he said, would contribute to the guarantees.')).toBe('2026-02-13');
    expect(dateOf(text, '2026-02-16', 'The hall applauded his plan for the guarantees.')).toBe('2026-02-13');
  });

  it('should date a quote by the sentence after it that says when it was given', () => {
    const text = 'On Friday Merz opened the conference.\n"America will stand behind the guarantees." The line came from Rubio. The secretary of state delivered it on Saturday morning, to applause.';
    expect(dateOf(text, '2026-02-16', '"America will stand behind the guarantees."')).toBe('2026-02-14');
    const spoke = '"We will not send soldiers," Salvini said. He was speaking on Wednesday at a rally.';
    expect(dateOf(spoke, '2026-01-10', '"We will not send soldiers," Salvini said.')).toBe('2026-01-07');
  });

  it('should not take the date of a later sentence that opens a new scene', () => {
    const text = 'Macron said the force was ready. On Monday, Merz said Germany would decide later.';
    expect(dateOf(text, '2025-12-10', 'Macron said the force was ready.')).toBe('2025-12-10');
  });

  it('should not date a statement by years in an aside about the speaker ("who has argued since 2022 … in 2014")', () => {
    const sentence = 'Zelensky, who has argued since 2022 that the paper promises Ukraine got in 1994 failed it in 2014, said on Sunday that guarantees must be ratified.';
    expect(dateOf(sentence, '2026-02-03', sentence, ['Zelensky'])).toBe('2026-02-01');
  });

  it('should prefer the day a wire\'s lead names to its dateline\'s filing day', () => {
    const lead = 'MUNICH, Feb 16 (Wire-style) — Zelensky told the conference on Saturday that Europe needed its own army.';
    expect(dateOf(lead, '2025-02-16', lead, ['Zelensky'])).toBe('2025-02-15');
    const bare = 'ROME, Dec 9 (Wire-style) — Meloni said Italy would not send troops.';
    expect(dateOf(bare, '2025-12-09', bare, ['Meloni'])).toBe('2025-12-09');
  });

  it('should read holidays, "in the new year", seasons, parts of last month and "on the 14th" as news means them', () => {
    const one = (sentence: string, publishedAt: string) => dateOf(sentence, publishedAt, sentence);
    expect(one('Over Christmas, Zelensky said he was ready to compromise.', '2026-01-05')).toBe('2025-12');
    expect(one('On Christmas Eve, Zelensky said he was ready to compromise.', '2026-01-05')).toBe('2025-12-24');
    expect(one('In the new year, Merz said Germany would decide later.', '2026-02-10')).toBe('2026-01');
    expect(one('Last autumn Meloni said Italy would not send troops.', '2026-02-10')).toBe('2025');
    expect(one('At the end of last month, Lavrov said the force was unacceptable.', '2026-02-10')).toBe('2026-01');
    expect(one('Lavrov said on the 14th that the force was unacceptable.', '2026-01-20')).toBe('2026-01-14');
    expect(one('Lavrov said on the 24th that the force was unacceptable.', '2026-01-20')).toBe('2025-12-24');
  });

  it('should not date a statement by a holiday named as a deadline, a name, or a new year still to come', () => {
    const one = (sentence: string, publishedAt: string) => dateOf(sentence, publishedAt, sentence);
    expect(one('Trump said he wanted a deal by Christmas.', '2025-11-20')).toBe('2025-11-20');
    expect(one('Zelensky said a Christmas truce was possible.', '2025-12-10')).toBe('2025-12-10');
    expect(one('Merz said Germany would decide in the new year.', '2025-11-20')).toBe('2025-11-20');
  });

  it('should carry a scene across a newsletter\'s numbered sections, past a date in an aside', () => {
    const text = [
      'Hello from Tirana, where leaders spent Friday at the summit.',
      '**1. The call**',
      'Merz, who took office last week, said the Europeans would press on.',
      '**2. Italy**',
      '- Meloni said Italy would not send troops.',
    ].join('\n');
    expect(dateOf(text, '2025-05-17', '- Meloni said Italy would not send troops.')).toBe('2025-05-16');
  });

  it('should let a tabloid\'s "last night" set the scene of the next paragraph', () => {
    const text = 'VLAD last night threatened to strike British troops sent to Ukraine.\n\nThe Russian despot said any foreign soldiers would be "targets".';
    expect(dateOf(text, '2025-09-06', 'The Russian despot said any foreign soldiers would be "targets".')).toBe('2025-09-05');
  });

  it('should read a translation\'s "On the eve," as the day before the one stated before it', () => {
    const text = 'Yesterday, April 23, in London the delegation met its partners.\n\nOn the eve, Rubio cancelled his trip.';
    expect(dateOf(text, '2025-04-24', 'On the eve, Rubio cancelled his trip.')).toBe('2025-04-22');
  });

  it('should not take a deadline ("until Thursday", "by Friday") for the day of a statement', () => {
    const text = '**What happened on Friday?**\n\nTrump gave Kyiv until Thursday to accept the plan. Zelensky said Ukraine faced a hard choice.';
    expect(dateOf(text, '2025-11-26', 'Zelensky said Ukraine faced a hard choice.')).toBe('2025-11-21');
    const by = 'Merz said on Monday that Europe must answer by Friday.';
    expect(dateOf(`Macron spoke on Tuesday.\n\n${by}`, '2025-11-26', by)).toBe('2025-11-24');
  });

  it('should not date a statement by a date in a clause about someone else opened by "that" ("the truce that Ukraine accepted last week")', () => {
    const text = 'Putin spoke to Trump on Tuesday. The Kremlin again refused the full ceasefire that Ukraine accepted in Jeddah last week.';
    expect(dateOf(text, '2025-03-20', 'The Kremlin again refused the full ceasefire that Ukraine accepted in Jeddah last week.', ['Kremlin'])).toBe('2025-03-18');
    const said = 'Tusk said that Poland was ready on Tuesday.';
    expect(dateOf(said, '2025-03-20', said, ['Tusk'])).toBe('2025-03-18');
  });

  it('should read "the same day" as the day stated before and "the same week" as somewhere in its month', () => {
    const text = 'At a White House meeting on Aug. 18, Trump promised help. He said the same week that American troops would not go. The same day, Macron spoke to Putin.';
    expect(dateOf(text, '2026-02-03', 'He said the same week that American troops would not go.')).toBe('2025-08');
    expect(dateOf('Macron spoke on Tuesday. The same day, Merz said Germany agreed.', '2025-12-12', 'The same day, Merz said Germany agreed.')).toBe('2025-12-09');
  });

  it('should keep what worked before: "By Tuesday, …" opens a scene, "before the end of the month" is a deadline, an event\'s aside sets the scene', () => {
    const by = 'By Tuesday, Vance was on the back foot.';
    expect(dateOf(by, '2025-03-05', by)).toBe('2025-03-04');
    const deadline = 'On Monday Trump spoke to Putin.\nTrump said he would probably meet Putin before the end of the month.\nHe added that Europe would pay.';
    expect(dateOf(deadline, '2025-02-19', 'He added that Europe would pay.')).toBe('2025-02-17');
    const call = 'The conversation between Putin and Trump, which took place on Tuesday, lasted two hours.\nPutin supported the initiative to refrain from strikes on energy infrastructure.';
    expect(dateOf(call, '2025-03-19', 'Putin supported the initiative to refrain from strikes on energy infrastructure.')).toBe('2025-03-18');
  });

  it('should not look ahead from a sentence that is neither a quote nor points at one', () => {
    const text = 'Leaders met on Monday.\n**09:15** — Some background. In an article for Sunday\'s paper, Starmer wrote a statement on troops.';
    expect(dateOf(text, '2025-02-17', 'Some background.')).toBe('2025-02-17');
  });

  it('should date a headline by the day its lead tells, not by a chained day, the weekend or a live blog\'s first entry', () => {
    const headline = '# Kremlin: Moscow has seen no Geneva text';
    const wire = `${headline}\n\n25 November 2025 · Politics\n\nMoscow has not received the document discussed in Geneva over the weekend, Peskov told journalists on Monday in a call with reporters.`;
    expect(dateOf(wire, '2025-11-25', headline)).toBe('2025-11-24');
    const chained = `${headline}\n\nGood morning. Two days after the Oval Office blow-up, Europe tried to show it can still organise itself today.`;
    expect(dateOf(chained, '2025-11-25', headline)).toBe('2025-11-25');
    const blog = `${headline}\n\n**Wednesday 7 January**\n\n**10:05** — Moscow has answered on Tuesday with a long statement about the talks in Geneva and more.`;
    expect(dateOf(blog, '2026-01-07', headline)).toBe('2026-01-07');
  });
});

describe('#statedAt on dates checked against a fresh set (realistic-6)', () => {
  it('should read "on Friday of last week" and "last week on Monday" as that weekday in the week before the article\'s', () => {
    // Published on Saturday 17 May 2025: last week ran from Monday 5 to Sunday 11 May.
    const text = 'Kallas had argued for the mission on Friday of last week. Last week on Monday, Sikorski backed the plan.';
    expect(dateOf(text, '2025-05-17', 'Kallas had argued for the mission on Friday of last week.')).toBe('2025-05-09');
    expect(dateOf(text, '2025-05-17', 'Last week on Monday, Sikorski backed the plan.')).toBe('2025-05-05');
    // "last Friday" and a plain "on Friday" keep chrono's reading.
    expect(dateOf('Kallas spoke on Friday.', '2025-05-17', 'Kallas spoke on Friday.')).toBe('2025-05-16');
  });

  it('should date a speaker named after "a day after" by the day before the scene, and one named before it the day after', () => {
    const before = 'The talks opened in Ankara on Tuesday.\nThe talks opened two days after Sybiha told reporters that Kyiv wanted a ceasefire.';
    expect(dateOf(before, '2025-05-16', 'The talks opened two days after Sybiha told reporters that Kyiv wanted a ceasefire.', ['Sybiha'])).toBe('2025-05-11');
    const after = 'The talks opened in Ankara on Tuesday.\nSybiha told reporters a day after that Kyiv wanted a ceasefire.';
    expect(dateOf(after, '2025-05-16', 'Sybiha told reporters a day after that Kyiv wanted a ceasefire.', ['Sybiha'])).toBe('2025-05-14');
    // A comma closes the phrase: "A day after the talks, Sybiha said" is Sybiha's day after.
    const opener = 'The talks opened in Ankara on Tuesday.\nA day after the talks, Sybiha said that Kyiv wanted a ceasefire.';
    expect(dateOf(opener, '2025-05-16', 'A day after the talks, Sybiha said that Kyiv wanted a ceasefire.', ['Sybiha'])).toBe('2025-05-14');
  });

  it('should date a statement by the clause that names its target when a pronoun carries the speaker on', () => {
    const sentence = 'Kallas spoke in Brussels on 3 March about sanctions, and on Friday she called for a maritime mission in the Black Sea.';
    const at = (target: string[]) => statedAt({ text: sentence, publishedAt: '2025-03-10' }, 0, sentence.length, ['Kallas'], { target })?.date;
    expect(at(['maritime mission'])).toBe('2025-03-07');
    expect(at(['sanctions'])).toBe('2025-03-03');
    // Another speaker's clause is not carried on: "…, and Rutte said on Friday …" leaves Kallas her own date.
    const two = 'Kallas spoke in Brussels on 3 March about sanctions, and Rutte said on Friday that a maritime mission was needed.';
    expect(statedAt({ text: two, publishedAt: '2025-03-10' }, 0, two.length, ['Kallas'], { target: ['maritime mission'] })?.date).toBe('2025-03-03');
  });
});
