// Statement dates measured apart from extraction: each dated gold relation is located at the sentences that name
// both its ends (else naming its source in a paragraph naming its target), and dated there as the pipeline would date evidence in that sentence. For evaluation only.
import { readingOf } from '../extract/reading';
import { splitSentences } from '../extract/sentences';
import { findEvents } from '../extract/events';
import type { Article } from '../types';
import { ownDayOf, statedAt } from './stated-at';
import { escapeRegExp } from '../match-all';

export interface LocatedDate {
  article: string;
  relation: string[];
  gold: string;
  /** The dates given at each sentence naming both ends; empty when none does. */
  stated: string[];
  /** The first such sentence. */
  sentence?: string;
}


/** Each dated relation of `relations` ([type, source, target, date]) in `article`, with `names` giving each id's surface forms. */
export function locateDates(written: Article, relations: readonly unknown[][], names: ReadonlyMap<string, readonly string[]>): LocatedDate[] {
  const article = readingOf(written);
  const sentences = splitSentences(article.text);
  const events = findEvents(article.text, sentences, article.publishedAt, ownDayOf(article));
  const namesOf = (id: string) => names.get(id) ?? [id];
  const mentions = (text: string, id: string) => namesOf(id).some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(text));
  const out: LocatedDate[] = [];
  for (const relation of relations) {
    const [, source, target, date] = relation.map(String);
    if (!relation[3]) continue;
    const paragraphOf = (s: { start: number }) => article.text.slice(article.text.lastIndexOf('\n', s.start) + 1, (article.text.indexOf('\n', s.start) + 1 || article.text.length + 1) - 1);
    let at = sentences.filter((s) => mentions(s.text, source) && mentions(s.text, target));
    // Else a sentence naming the source in a paragraph naming the target ("… sat A, B and C" under the summit).
    if (!at.length) at = sentences.filter((s) => mentions(s.text, source) && mentions(paragraphOf(s), target));
    // Attending is dated by the event's day, as the pipeline dates it: the first dated mention naming the event.
    const eventDate = relation[0] === 'ATTENDED' ? events.find((e) => e.date && mentions(article.text.slice(e.start, e.end), target))?.date : undefined;
    const stated = at.map((s) => statedAt(article, s.start, s.end, namesOf(source), { events, target: namesOf(target), ...(eventDate && { eventDate }) })?.date ?? 'none');
    out.push({ article: article.id, relation: relation.map(String), gold: date, stated, sentence: at[0]?.text });
  }
  return out;
}
