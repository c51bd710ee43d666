// Scores an extraction against a hand-annotated gold set: precision, recall and F1 for entities and for relations
// (type + both ends), micro-averaged over articles. Extracted ids meet gold ids through names and aliases.
import { foldName } from '../slug';
import { isDirected, type Article, type Entity, type RelationType } from '../types';
import { createExtractor } from './pipeline';

export interface GoldArticle {
  article: Article;
  entities: string[];
  relations: Array<[RelationType, string, string]>;
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

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const relationKey = (type: RelationType, a: string, b: string) => (isDirected(type) || a <= b ? `${type}:${a}:${b}` : `${type}:${b}:${a}`);

export interface Evaluation {
  entities: Score;
  relations: Score;
  /** What was missed and what was wrong, for reading. */
  errors: Array<{ article: string; kind: 'missed' | 'spurious'; what: string }>;
}

/** Run the extractor over the gold articles (with `catalog`, or none) and score it. */
export function evaluate(gold: GoldSet, catalog: readonly Entity[] = []): Evaluation {
  const surface = new Map<string, string>();
  for (const e of gold.entities) for (const s of [e.name, ...e.aliases]) if (!surface.has(foldName(s))) surface.set(foldName(s), e.id);
  const goldIds = new Set(gold.entities.map((e) => e.id));
  const people = gold.entities.filter((e) => e.type === 'PERSON');
  const extract = createExtractor(catalog);
  const totals = { e: [0, 0, 0], r: [0, 0, 0] };
  const errors: Evaluation['errors'] = [];

  for (const { article, entities, relations } of gold.articles) {
    const result = extract(article);
    const toGold = new Map<string, string>();
    for (const e of result.entities) {
      let id = goldIds.has(e.id) ? e.id : [e.name, ...e.aliases].map((s) => surface.get(foldName(s))).find(Boolean);
      if (!id && e.type === 'PERSON') {
        const last = foldName(e.name).split(' ').pop();
        id = people.find((p) => foldName(p.name).split(' ').pop() === last)?.id;
      }
      toGold.set(e.id, id ?? `?${e.id}`);
    }
    const found = new Set([...toGold.values()]);
    const expected = new Set(entities);
    const foundRel = new Set(result.relations.map((r) => relationKey(r.type, toGold.get(r.source)!, toGold.get(r.target)!)));
    const expectedRel = new Set(relations.map(([t, a, b]) => relationKey(t, a, b)));
    for (const [mine, theirs, slot] of [[found, expected, 'e'], [foundRel, expectedRel, 'r']] as const) {
      const tp = [...mine].filter((x) => theirs.has(x)).length;
      totals[slot][0] += tp;
      totals[slot][1] += mine.size - tp;
      totals[slot][2] += theirs.size - tp;
      for (const x of mine) if (!theirs.has(x)) errors.push({ article: article.id, kind: 'spurious', what: x });
      for (const x of theirs) if (!mine.has(x)) errors.push({ article: article.id, kind: 'missed', what: x });
    }
  }
  return { entities: score(totals.e[0], totals.e[1], totals.e[2]), relations: score(totals.r[0], totals.r[1], totals.r[2]), errors };
}
