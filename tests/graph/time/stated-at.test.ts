import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readArticles } from '@/graph/data-dir';
import { parseArticle } from '@/graph/corpus';
import { statedAt } from '@/graph/time/stated-at';
import { locateDates, type LocatedDate } from '@/graph/time/located-dates';
import { isRealisticTest } from '@/scripts/realistic-split';
import type { Article } from '@/graph/types';

const seeds = new Map(readArticles(join(process.cwd(), 'data/articles')).map((a) => [a.id, a]));

/** The date of the sentence holding `phrase` in seed article `id`, as said by `speaker`. */
function dateOf(id: string, phrase: string, speaker: string[] = []) {
  const article = seeds.get(id)!;
  const start = article.text.indexOf(phrase);
  expect(start, `"${phrase}" in ${id}`).toBeGreaterThanOrEqual(0);
  return statedAt(article, start, start + phrase.length, speaker);
}

const text = (body: string, publishedAt?: string): Article => ({ id: 'a', title: 't', text: body, ...(publishedAt && { publishedAt }) });
const at = (article: Article, phrase: string) => {
  const start = article.text.indexOf(phrase);
  return statedAt(article, start, start + phrase.length);
};

describe('#statedAt on the seed articles', () => {
  const quiet = 'europe-quietly-develops-peacekeeping-plan';
  const both = 'German Defense Minister Boris Pistorius said on Jan. 18 that Germany may consider contributing forces to such a mission, while U.K. Prime Minister Keir Starmer confirmed on Jan. 16 that he had discussed the matter with President Volodymyr Zelensky.';

  it('should read Pistorius on Jan. 18 and Starmer on Jan. 16 from one sentence, by who is speaking', () => {
    expect(dateOf(quiet, both, ['Boris Pistorius', 'Pistorius'])).toEqual({ date: '2025-01-18', precision: 'DAY', source: 'TEXT' });
    expect(dateOf(quiet, both, ['Germany'])).toEqual({ date: '2025-01-18', precision: 'DAY', source: 'TEXT' });
    expect(dateOf(quiet, both, ['Keir Starmer', 'Starmer'])).toEqual({ date: '2025-01-16', precision: 'DAY', source: 'TEXT' });
  });

  it('should read Zakharova on Jan. 23', () => {
    expect(dateOf(quiet, 'Maria Zakharova warned on Jan. 23')).toEqual({ date: '2025-01-23', precision: 'DAY', source: 'TEXT' });
  });

  it('should read "early 2024" as an approximate year', () => {
    const macron = { date: '2024', precision: 'APPROXIMATE', source: 'TEXT' };
    expect(dateOf('uk-france-lead-deployment-talks', 'first gained traction in early 2024 when French President Emmanuel Macron')).toEqual(macron);
    expect(dateOf('european-countries-drafting-troop-plan', 'a plan proposed by French President Emmanuel Macron in early 2024')).toEqual(macron);
  });

  it('should carry "early 2024" to the next sentence of its paragraph ("His stance initially met strong opposition")', () => {
    expect(dateOf('uk-france-lead-deployment-talks', 'His stance initially met strong opposition from Germany and Poland')).toEqual({ date: '2024', precision: 'APPROXIMATE', source: 'TEXT' });
  });

  it('should place the December meeting at Rutte\'s residence in December 2024, with or without the year', () => {
    const december = { date: '2024-12', precision: 'MONTH', source: 'TEXT' };
    expect(dateOf('uk-france-lead-deployment-talks', 'The first high-level talks on the idea took place in December 2024')).toEqual(december);
    // Written in February 2025: "In December" is the December before.
    expect(dateOf('european-countries-drafting-troop-plan', 'In December, before Trump took office')).toEqual(december);
  });

  it('should read the Feb. 17 Paris meeting and the Feb. 18 Riyadh talks', () => {
    const id = 'european-peacekeeping-forces-motivations-challenges';
    expect(dateOf(id, 'convened the emergency summit held in Paris on February 17')).toEqual({ date: '2025-02-17', precision: 'DAY', source: 'TEXT' });
    expect(dateOf(id, 'the direct talks that took place on February 18 between Russia and the U.S. in Riyadh')).toEqual({ date: '2025-02-18', precision: 'DAY', source: 'TEXT' });
  });

  it('should fall back to the publication date, as precisely as it is known, for an undated sentence', () => {
    expect(dateOf(quiet, 'France and Britain are leading the initiative')).toEqual({ date: '2025-02-14', precision: 'DAY', source: 'PUBLISHED' });
    expect(dateOf('europe-comes-to-the-table', 'This “backstop” would protect the European peacekeepers')).toEqual({ date: '2025-02', precision: 'MONTH', source: 'PUBLISHED' });
  });

  it('should keep "on Thursday" in an article dated only to the month approximate, within that month', () => {
    expect(dateOf('uk-france-lead-deployment-talks', 'Keir Starmer confirmed on Thursday')).toEqual({ date: '2025-02', precision: 'APPROXIMATE', source: 'TEXT' });
  });
});

describe('#statedAt rules', () => {
  it('should resolve weekdays and "yesterday" against a day-precise publication date, in the past', () => {
    const article = text('Macron spoke last Thursday. Scholz objected yesterday. Tusk travelled on Saturday.', '2025-02-19');
    expect(at(article, 'Macron spoke')).toEqual({ date: '2025-02-13', precision: 'DAY', source: 'TEXT' });
    expect(at(article, 'Scholz objected')).toEqual({ date: '2025-02-18', precision: 'DAY', source: 'TEXT' });
    expect(at(article, 'Tusk travelled')).toEqual({ date: '2025-02-15', precision: 'DAY', source: 'TEXT' });
  });

  it('should never date a statement by when something will happen, nor let a future date set the scene', () => {
    const published = { date: '2025-02-19', precision: 'DAY', source: 'PUBLISHED' };
    expect(at(text('The leaders will meet on Thursday, Starmer said.', '2025-02-19'), 'The leaders')).toEqual(published);
    expect(at(text('Rubio is due in Riyadh next week, the State Department said.', '2025-02-19'), 'Rubio')).toEqual(published);
    // The statement is dated by the paragraph (Monday), not by the trip it announces.
    const plan = text('Macron spoke on Monday. Tusk said he will travel to Kyiv on Saturday.', '2025-02-19');
    expect(at(plan, 'Tusk said')).toEqual({ date: '2025-02-17', precision: 'DAY', source: 'TEXT' });
    const tomorrow = text('The summit ended. Delegations fly to Riyadh tomorrow.\n\nScholz called the debate premature.', '2025-02-17');
    expect(at(tomorrow, 'Scholz called')).toEqual({ date: '2025-02-17', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should date live-blog entries by their time stamp, never by the entry above', () => {
    const blog = text('Last updated 21:40 GMT\n\n**21:40** — The summit ended. Delegations fly to Riyadh tomorrow, and Macron flies on Wednesday.\n\n**19:48** — Scholz called the debate premature.\n\nGermany would not send soldiers, he said.\n\n14:05 GMT: Frederiksen arrived.', '2025-02-17');
    const day = { date: '2025-02-17', precision: 'DAY', source: 'PUBLISHED' };
    expect(at(blog, 'Scholz called')).toEqual(day);
    expect(at(blog, 'Germany would not')).toEqual(day);
    expect(at(blog, 'Frederiksen arrived')).toEqual(day);
    // Under a date heading, an entry is on that day, and "yesterday" counts from it.
    const days = text('**Tuesday 18 February**\n\n**09:10** — Lavrov met Rubio.\n\n**Monday 17 February**\n\n**19:48** — Scholz spoke.\n\n**18:00** — Meloni said yesterday that she was sceptical.', '2025-02-18');
    expect(at(days, 'Lavrov met')).toEqual({ date: '2025-02-18', precision: 'DAY', source: 'TEXT' });
    expect(at(days, 'Scholz spoke')).toEqual({ date: '2025-02-17', precision: 'DAY', source: 'TEXT' });
  });

  it('should count relative dates from the day the text gives itself: a byline or a dateline', () => {
    const release = text('PRESS RELEASE\n\n*From: the Ministry · Published 10 July*\n\nThe ministers agreed today to set up a headquarters.', '2025-07-11');
    expect(at(release, 'The ministers agreed')).toEqual({ date: '2025-07-10', precision: 'DAY', source: 'TEXT' });
    const wire = text('KYIV, Jan 16 (Agency) — Starmer said on Thursday that Britain would play its full part.\n\nHe signed a partnership.', '2025-01');
    expect(at(wire, 'Starmer said')).toEqual({ date: '2025-01-16', precision: 'DAY', source: 'TEXT' });
    expect(at(wire, 'He signed')).toEqual({ date: '2025-01-16', precision: 'DAY', source: 'TEXT' });
    // Filed on the 10th, published on the 11th: "today" is the 10th, "on Sunday" the 11th.
    const filed = text('KYIV, May 10 (Agency) — Leaders arrived in Kyiv on Saturday.\n\nPutin replied early on Sunday.\n\nMacron said today that it was not enough.', '2025-05-11');
    expect(at(filed, 'Putin replied')).toEqual({ date: '2025-05-11', precision: 'DAY', source: 'TEXT' });
    expect(at(filed, 'Macron said')).toEqual({ date: '2025-05-10', precision: 'DAY', source: 'TEXT' });
    // A date in the story's first sentence is not the article's own.
    const story = text('On Feb. 17, leaders met in Paris.\n\nScholz objected yesterday.', '2025-02-20');
    expect(at(story, 'Scholz objected')).toEqual({ date: '2025-02-19', precision: 'DAY', source: 'TEXT' });
    const lede = text('30 nations joined the coalition on 4 March.\n\nScholz objected yesterday.', '2025-03-10');
    expect(at(lede, 'Scholz objected')).toEqual({ date: '2025-03-09', precision: 'DAY', source: 'TEXT' });
    const bare = text('# Headline\n\n*22 March*\n\nTusk spoke yesterday about the plan and what it would take to deliver it.', '2025-03');
    expect(at(bare, 'Tusk spoke')).toEqual({ date: '2025-03-21', precision: 'DAY', source: 'TEXT' });
  });

  it('should not date a statement by the start of a period ("since 2022", "since Monday")', () => {
    const published = { date: '2025-05-17', precision: 'DAY', source: 'PUBLISHED' };
    expect(at(text('The delegations met for the first time since 2022.', '2025-05-17'), 'The delegations')).toEqual(published);
    expect(at(text('Macron has championed the idea since early 2024.', '2025-05-17'), 'Macron')).toEqual(published);
    expect(at(text('Planners have been at work since Thursday.', '2025-05-17'), 'Planners')).toEqual(published);
  });

  it('should read "today" inside a quote or reported speech as the day it was said', () => {
    const interview = text('We spoke to Dr Varga at her office on Tuesday.\n\n"Today nobody is deterred by lines on a map," she said.', '2025-04-18');
    expect(at(interview, '"Today nobody')).toEqual({ date: '2025-04-15', precision: 'DAY', source: 'TEXT' });
    const reported = text('On March 5, Macron addressed the nation. He said that today Europe must decide.', '2025-03-16');
    expect(at(reported, 'He said')).toEqual({ date: '2025-03-05', precision: 'DAY', source: 'TEXT' });
    expect(at(text('Macron said today that Europe must decide.', '2025-03-16'), 'Macron')).toEqual({ date: '2025-03-16', precision: 'DAY', source: 'TEXT' });
    // An interviewer's bold question does not end the interview's day.
    const questions = text('We spoke to Dr Varga at her office on Tuesday.\n\n**Can a line on a map deter Russia?**\n\n"Today nobody is deterred by lines on a map," she said.', '2025-04-18');
    expect(at(questions, '"Today nobody')).toEqual({ date: '2025-04-15', precision: 'DAY', source: 'TEXT' });
  });

  it('should prefer the main clause\'s date to one in an aside about the speaker', () => {
    const carney = text('Mark Carney, sworn in as prime minister on March 14, met Macron in Paris on Monday.', '2025-03-22');
    expect(statedAt(carney, 0, carney.text.length, ['Mark Carney'])).toEqual({ date: '2025-03-17', precision: 'DAY', source: 'TEXT' });
    const zelensky = text('Zelensky, who met Trump in October, said on Sunday he was ready.', '2025-12-16');
    expect(at(zelensky, 'Zelensky')).toEqual({ date: '2025-12-14', precision: 'DAY', source: 'TEXT' });
  });

  it('should leave a date in a relative clause about someone else to them', () => {
    const body = 'Leaders met by video on Saturday.\n\nStarmer urged Russia to accept the ceasefire, which Ukraine accepted in Jeddah on 11 March.';
    const article = text(body, '2025-03-16');
    const sentence = body.indexOf('Starmer urged');
    expect(statedAt(article, sentence, body.length, ['Starmer'])).toEqual({ date: '2025-03-15', precision: 'DAY', source: 'TEXT' });
    expect(statedAt(article, sentence, body.length, ['Ukraine'])).toEqual({ date: '2025-03-11', precision: 'DAY', source: 'TEXT' });
    const own = text('Starmer, who spoke on Monday, backed the plan.', '2025-03-16');
    expect(statedAt(own, 0, own.text.length, ['Starmer'])).toEqual({ date: '2025-03-10', precision: 'DAY', source: 'TEXT' });
  });

  it('should keep a paragraph\'s day through a vaguer date that takes it in, and read weeks as their month', () => {
    const paragraph = text('On Thursday the summit was clear. Russia this week made sanctions relief a condition. Macron said it was no time to lift sanctions.', '2025-03-28');
    expect(at(paragraph, 'Russia this week')).toEqual({ date: '2025-03', precision: 'APPROXIMATE', source: 'TEXT' });
    expect(at(paragraph, 'Macron said')).toEqual({ date: '2025-03-27', precision: 'DAY', source: 'TEXT' });
    expect(at(text('Lavrov spoke last week.', '2025-03-12'), 'Lavrov')).toEqual({ date: '2025-03', precision: 'APPROXIMATE', source: 'TEXT' });
  });

  it('should date a sentence by the dated event it is about, and attendance by its event', () => {
    const body = 'The talks took place in Istanbul.\n\nAfter the talks, Medinsky told journalists that the sides agreed. Umerov confirmed the exchange.';
    const article = text(body, '2025-05-17');
    const events = [{ start: body.indexOf('The talks'), end: body.indexOf('The talks') + 9, date: '2025-05-16' }, { start: body.indexOf('the talks'), end: body.indexOf('the talks') + 9, date: '2025-05-16' }];
    const of = (phrase: string, context = {}) => statedAt(article, body.indexOf(phrase), body.indexOf(phrase) + phrase.length, [], context);
    expect(of('Medinsky told', { events })).toEqual({ date: '2025-05-16', precision: 'DAY', source: 'TEXT' });
    expect(of('Umerov confirmed', { events })).toEqual({ date: '2025-05-16', precision: 'DAY', source: 'TEXT' });
    expect(of('Umerov confirmed')).toEqual({ date: '2025-05-17', precision: 'DAY', source: 'PUBLISHED' });
    expect(of('Umerov confirmed', { eventDate: '2025-05' })).toEqual({ date: '2025-05', precision: 'MONTH', source: 'TEXT' });
    const scene = text('Leaders met on Thursday.\n\nTusk attended.', '2025-05-17');
    expect(statedAt(scene, scene.text.indexOf('Tusk'), scene.text.length, [], { eventDate: '2025-05' })).toEqual({ date: '2025-05-15', precision: 'DAY', source: 'TEXT' });
    // An event still to come says nothing about when its sentence was said.
    const ahead = [{ ...events[1], date: '2025-05-20' }];
    expect(of('Medinsky told', { events: ahead, eventDate: '2025-05-20' })).toEqual({ date: '2025-05-17', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should date a statement made where a dated event took place ("said again in Davos")', () => {
    const body = 'Speaking at the Winter Forum in Davos on Tuesday, Zelensky asked for troops.\n\n## Is NATO the real guarantee?\n\nZelensky said again in Davos that NATO was the best guarantee. Orban spoke in Budapest.';
    const article = text(body, '2025-01-23');
    const name = body.indexOf('Winter Forum');
    const events = [{ start: name, end: name + 'Winter Forum'.length, date: '2025-01-21' }];
    const of = (phrase: string) => statedAt(article, body.indexOf(phrase), body.indexOf(phrase) + phrase.length, [], { events });
    expect(of('Zelensky said again')).toEqual({ date: '2025-01-21', precision: 'DAY', source: 'TEXT' });
    expect(of('Orban spoke')).toEqual({ date: '2025-01-23', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should count relative chains from the date stated before them, in the paragraph or the one before', () => {
    const day = (date: string) => ({ date, precision: 'DAY', source: 'TEXT' });
    const chain = (second: string) => at(text(`Leaders met in Paris on Feb. 17. ${second}, Lavrov met Rubio.`, '2025-02-25'), 'Lavrov met');
    expect(chain('The next day')).toEqual(day('2025-02-18'));
    expect(chain('The following day')).toEqual(day('2025-02-18'));
    expect(chain('Three days later')).toEqual(day('2025-02-20'));
    expect(chain('The day before')).toEqual(day('2025-02-16'));
    expect(chain('A week later')).toEqual(day('2025-02-24'));
    expect(chain('The following week')).toEqual({ date: '2025-02', precision: 'APPROXIMATE', source: 'TEXT' });
    expect(at(text('Leaders met in Paris on Feb. 17.\n\nTwo days later, Lavrov met Rubio.', '2025-02-25'), 'Lavrov met')).toEqual(day('2025-02-19'));
    // Counted past the article's own day, it cannot be when anything was said.
    expect(at(text('Leaders met on Feb. 24. Two days later, Lavrov met Rubio.', '2025-02-25'), 'Lavrov met')).toEqual(day('2025-02-24'));
  });

  it('should prefer the past for a month and day without a year', () => {
    expect(at(text('The ministers met on 10 July in Rome.', '2025-03-01'), 'The ministers met')).toEqual({ date: '2024-07-10', precision: 'DAY', source: 'TEXT' });
  });

  it('should count "two days later" from the date stated before it', () => {
    const article = text('Leaders met in Paris on Feb. 17. Two days later, Meloni raised doubts.', '2025-03');
    expect(at(article, 'Meloni raised doubts')).toEqual({ date: '2025-02-19', precision: 'DAY', source: 'TEXT' });
  });

  it('should keep the scene of a story across paragraphs, but not an absolute background date', () => {
    const story = text('Hegseth spoke to allies on Wednesday.\n\nHe said no U.S. troops would go.', '2025-02-13');
    expect(at(story, 'He said no U.S. troops')).toEqual({ date: '2025-02-12', precision: 'DAY', source: 'TEXT' });
    const background = text('The war began in 2022.\n\nMacron wants a force.', '2025-02-13');
    expect(at(background, 'Macron wants a force')).toEqual({ date: '2025-02-13', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should carry a story\'s scene across its subheadings and past pictures, but not past an explainer\'s question', () => {
    const day = { date: '2025-03-27', precision: 'DAY', source: 'TEXT' };
    const story = text('On Thursday evening, Macron named the force.\n\n## A new name\n\n![A lectern](a.jpg)\n*Macron at the Élysée on 27 February. Photo: Pool*\n\nStarmer backed the concept.', '2025-03-28');
    expect(at(story, 'Starmer backed')).toEqual(day);
    const explainer = text('On Thursday evening, Macron named the force.\n\n## Is that realistic?\n\nFew planners think so.', '2025-03-28');
    expect(at(explainer, 'Few planners')).toEqual({ date: '2025-03-28', precision: 'DAY', source: 'PUBLISHED' });
    // "has made clear" steps out of the scene.
    const perfect = text('On Thursday evening, Macron named the force.\n\nMeloni has made clear that Italy will not take part.', '2025-03-28');
    expect(at(perfect, 'Meloni has')).toEqual({ date: '2025-03-28', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should not read lowercase words ("sat", "may") or a short name standing alone ("The Sun") as dates', () => {
    expect(at(text('Macron sat beside Trump and may yet agree.', '2025-03-01'), 'Macron sat')).toEqual({ date: '2025-03-01', precision: 'DAY', source: 'PUBLISHED' });
    expect(at(text('Farage told The Sun that Vance was wrong.', '2025-03-05'), 'Farage')).toEqual({ date: '2025-03-05', precision: 'DAY', source: 'PUBLISHED' });
  });

  it('should read a year and part of a year, and say nothing when no date is known at all', () => {
    expect(at(text('The war that began in 2022 goes on.', '2025-02'), 'The war')).toEqual({ date: '2022', precision: 'YEAR', source: 'TEXT' });
    expect(at(text('Talks resume in late 2024.', '2025-02'), 'Talks')).toEqual({ date: '2024', precision: 'APPROXIMATE', source: 'TEXT' });
    expect(at(text('Talks resumed on Thursday.'), 'Talks')).toBeUndefined();
  });
});

// The realistic evaluation set's dev half (never its test half): each dated gold relation, located at the sentences
// naming both its ends, must get the gold date (>= 90%), independently of what the extractor finds.
describe('#statedAt on the realistic dev half', () => {
  it('should date at least 90% of the located dated gold relations right', () => {
    const file = join(process.cwd(), 'data/eval/realistic/gold.yaml');
    const gold = parse(readFileSync(file, 'utf8'));
    const names = new Map<string, string[]>(gold.entities.map((e: { id: string; name: string; aliases?: string[] }) => [e.id, [e.name, ...(e.aliases ?? [])]]));
    const outcomes = gold.articles
      .filter((a: { file: string }) => !isRealisticTest(a.file))
      .flatMap((a: { file: string; relations: string[][] }) => locateDates(parseArticle(readFileSync(join(dirname(file), a.file), 'utf8'), a.file), a.relations, names));
    const located = outcomes.filter((o: LocatedDate) => o.stated.length);
    expect(located.length).toBeGreaterThan(60);
    expect(located.filter((o: LocatedDate) => o.stated.includes(o.gold)).length / located.length).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
