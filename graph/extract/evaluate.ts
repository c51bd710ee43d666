// Scores an extraction against a hand-annotated gold set: precision, recall and F1 for entities and for relations
// (type + both ends), micro-averaged over articles; events and ATTENDED separately, and statement dates.
// Extracted ids meet gold ids through names and aliases.
import { foldName } from '../slug';
import { isDirected, type Article, type Entity } from '../types';
import { createExtractor, type ArticleExtraction } from './pipeline';
import type { ExtractedRelationType, ResolvedEntity } from './types';

/** A gold relation: type, source, target and, optionally, the date the text says it was stated or happened. */
export type GoldRelation = [ExtractedRelationType, string, string, string?];

export interface GoldArticle {
  article: Article;
  entities: string[];
  relations: GoldRelation[];
}

export interface GoldSet {
  entities: Array<Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>>;
  articles: GoldArticle[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from true positives, false positives and false negatives. */
export const score = ([tp, fp, fn]: number[]): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export const relationKey = (type: ExtractedRelationType, a: string, b: string) => (type === 'ATTENDED' || isDirected(type) || a <= b ? `${type}:${a}:${b}` : `${type}:${b}:${a}`);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "Paris summit of 27 March 2025" → 2025-03-27: a gold event's name may carry its date. */
function dateInName(name: string): string | undefined {
  const m = /\b(\d{1,2})(?:[–-]\d{1,2})? (\p{L}+) (\d{4})\b/u.exec(name);
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** How extracted ids meet a gold set's ids: the id itself, a name or alias (folded), a person's surname, an event's
 *  date in its name; an extracted entity the gold does not know maps to `?<its id>`. */
export function goldIdsFor(gold: Pick<GoldSet, 'entities'>): (entities: readonly ResolvedEntity[]) => Map<string, string> {
  const surface = new Map<string, string>();
  for (const e of gold.entities) for (const s of [e.name, ...e.aliases]) if (!surface.has(foldName(s))) surface.set(foldName(s), e.id);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const people = gold.entities.filter((e) => e.type === 'PERSON');
  const eventDates = new Map(gold.entities.filter((e) => e.type === 'EVENT').map((e) => [dateInName(e.name), e.id]));
  eventDates.delete(undefined);
  return (entities) => {
    const toGold = new Map<string, string>();
    for (const e of entities) {
      let id = goldType.has(e.id) ? e.id : [e.name, ...e.aliases].map((s) => surface.get(foldName(s))).find(Boolean);
      if (!id && e.type === 'PERSON') {
        const last = foldName(e.name).split(' ').pop();
        id = people.find((p) => foldName(p.name).split(' ').pop() === last)?.id;
      }
      if (!id && e.type === 'EVENT' && e.date) id = eventDates.get(e.date);
      toGold.set(e.id, id ?? `?${e.id}`);
    }
    return toGold;
  };
}

export interface Evaluation {
  /** People, countries, institutions and proposals. */
  entities: Score;
  /** Relations between them (ATTENDED and relations to events left out). */
  relations: Score;
  /** EVENT entities. */
  events: Score;
  /** ATTENDED relations (person or country → event). */
  attended: Score;
  /** Matched relations the gold dates: how many carry the same statedAt. `undefined` when the output has no statedAt. */
  dates?: { correct: number; total: number };
  /** Relations (ATTENDED included) and dates by relation type: where the totals come from. */
  byType: Partial<Record<ExtractedRelationType, { score: Score; dates: { correct: number; total: number } }>>;
  /** What was missed and what was wrong, for reading. */
  errors: Array<{ article: string; kind: 'missed' | 'spurious' | 'date'; what: string }>;
}

/** What is scored: one article in, its entities and relations out (the pipeline, or another extractor). */
export type ArticleExtractor = (article: Article) => Pick<ArticleExtraction, 'entities' | 'relations'>;

/** Run the extractor over the gold articles (with `catalog`, or none) and score it. */
export function evaluate(gold: GoldSet, catalog: readonly Entity[] = [], extract: ArticleExtractor = createExtractor(catalog)): Evaluation {
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const goldIds = goldIdsFor(gold);
  const totals = { e: [0, 0, 0], r: [0, 0, 0], v: [0, 0, 0], a: [0, 0, 0] };
  const dates = { correct: 0, total: 0, seen: false };
  const typeTotals = new Map<ExtractedRelationType, { counts: number[]; dates: { correct: number; total: number } }>();
  const ofType = (key: string) => {
    const type = key.split(':')[0] as ExtractedRelationType;
    if (!typeTotals.has(type)) typeTotals.set(type, { counts: [0, 0, 0], dates: { correct: 0, total: 0 } });
    return typeTotals.get(type)!;
  };
  const errors: Evaluation['errors'] = [];

  for (const { article, entities, relations } of gold.articles) {
    const result = extract(article);
    const toGold = goldIds(result.entities);
    const isEvent = (id: string) => goldType.get(id) === 'EVENT' || result.entities.some((e) => e.type === 'EVENT' && toGold.get(e.id) === id);
    const found = new Set([...toGold.values()]);
    const expected = new Set(entities);
    const foundRel = new Map(result.relations.map((r) => [relationKey(r.type, toGold.get(r.source)!, toGold.get(r.target)!), r]));
    const expectedRel = new Map<string, Set<string>>();
    for (const [t, a, b, date] of relations) {
      const key = relationKey(t, a, b);
      const have = expectedRel.get(key) ?? new Set<string>();
      if (date) have.add(String(date));
      expectedRel.set(key, have);
    }
    const attended = (key: string) => key.startsWith('ATTENDED:');
    const split = <T>(keys: Iterable<T>, pick: (k: T) => boolean) => new Set([...keys].filter(pick));
    const plain = (k: string) => !attended(k) && !k.split(':').slice(1).some(isEvent);
    const groups = [
      [split(found, (k) => !isEvent(k)), split(expected, (k) => !isEvent(k)), 'e'],
      [split(found, isEvent), split(expected, isEvent), 'v'],
      [split(foundRel.keys(), plain), split(expectedRel.keys(), plain), 'r'],
      [split(foundRel.keys(), attended), split(expectedRel.keys(), attended), 'a'],
    ] as const;
    for (const [mine, theirs, slot] of groups) {
      const tp = [...mine].filter((x) => theirs.has(x)).length;
      totals[slot][0] += tp;
      totals[slot][1] += mine.size - tp;
      totals[slot][2] += theirs.size - tp;
      if (slot === 'r' || slot === 'a') for (const x of new Set([...mine, ...theirs])) ofType(x).counts[mine.has(x) ? (theirs.has(x) ? 0 : 1) : 2]++;
      for (const x of mine) if (!theirs.has(x)) errors.push({ article: article.id, kind: 'spurious', what: x });
      for (const x of theirs) if (!mine.has(x)) errors.push({ article: article.id, kind: 'missed', what: x });
    }
    for (const [key, r] of foundRel) {
      const stated = r.evidence.map((e) => e.statedAt?.date).filter((d): d is string => Boolean(d));
      if (stated.length) dates.seen = true;
      const want = expectedRel.get(key);
      if (!want?.size) continue;
      const right = stated.some((d) => want.has(d));
      dates.total++;
      ofType(key).dates.total++;
      if (right) dates.correct++, ofType(key).dates.correct++;
      else errors.push({ article: article.id, kind: 'date', what: `${key} stated ${stated.join(', ') || 'no date'}, gold ${[...want].join(', ')}` });
    }
  }
  return {
    entities: score(totals.e),
    relations: score(totals.r),
    events: score(totals.v),
    attended: score(totals.a),
    ...(dates.seen ? { dates: { correct: dates.correct, total: dates.total } } : {}),
    byType: Object.fromEntries([...typeTotals].map(([type, t]) => [type, { score: score(t.counts), dates: t.dates }])),
    errors,
  };
}
