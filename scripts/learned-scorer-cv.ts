// npx tsx scripts/learned-scorer-cv.ts [--folds 4] [--sets dev,dev2,...]: does a small learned scorer over the
// rules' output (graph/extract/learned.ts) generalise better than the rules alone? Leave-one-set-out cross-validation
// over the read sets only: for each set, train on the others (L2 and the threshold chosen by an inner
// cross-validation over the training sets alone), then score the held-out set with the rules alone, with the model
// deciding every candidate ("model"), and with the rules' relations kept and the model only adding ("union"), all by
// evaluate.ts's scorer (relations, text alone, no catalog). Never reads the test half or the blind sets.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../graph/corpus';
import type { Article } from '../graph/types';
import { createExtractor, type ArticleExtraction } from '../graph/extract/pipeline';
import { evaluate, goldIdsFor, relationKey, score, type GoldRelation, type GoldSet, type Score } from '../graph/extract/evaluate';
import { candidatesOf, probability, train, type Candidate, type LearnedModel } from '../graph/extract/learned';
import type { ExtractedRelation } from '../graph/extract/types';
import { isRealisticTest } from './realistic-split';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, 'data/eval');
/** The read sets only (never test, dev21, dev22). */
export const READ_SETS: Array<{ key: string; file: string; pick?: (f: string) => boolean }> = [
  { key: 'seeds', file: join(EVAL, 'seeds/gold.yaml') },
  { key: 'held-out', file: join(EVAL, 'held-out/gold.yaml') },
  { key: 'dev', file: join(EVAL, 'realistic/gold.yaml'), pick: (f) => !isRealisticTest(f) },
  ...Array.from({ length: 19 }, (_, i) => ({ key: `dev${i + 2}`, file: join(EVAL, `realistic-${i + 2}/gold.yaml`) })),
];

export function loadGold(file: string, pick: (file: string) => boolean = () => true): GoldSet {
  const raw = parseYaml(readFileSync(file, 'utf8')) as { entities: GoldSet['entities']; articles: Array<{ file: string; entities: string[]; relations: GoldRelation[] }> };
  return {
    entities: raw.entities.map((e) => ({ ...e, aliases: e.aliases ?? [] })),
    // Only the picked files are opened (the realistic set's test half never is).
    articles: raw.articles.filter((a) => pick(a.file)).map((a) => {
      const path = resolve(dirname(file), a.file);
      return { article: parseArticle(readFileSync(path, 'utf8'), path), entities: a.entities, relations: a.relations };
    }),
  };
}

/** One article, extracted once, with its candidates labelled against the gold. */
export interface Prepared {
  set: string;
  article: Article;
  extraction: ArticleExtraction;
  /** Candidates the scorer counts (both ends plain entities). */
  candidates: Candidate[];
  labels: number[];
  goldKeys: string[];
  /** The rules' relations that are not candidates (ATTENDED, relations to events): passed through unchanged. */
  passthrough: ExtractedRelation[];
  /** Of those, the keys the scorer counts as plain relations (rare). */
  fixedKeys: string[];
  expected: Set<string>;
}

export function prepare(set: string, gold: GoldSet, extract: (a: Article) => ArticleExtraction, candidatesFn: typeof candidatesOf = candidatesOf): Prepared[] {
  const ids = goldIdsFor(gold);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  return gold.articles.map(({ article, relations }) => {
    const extraction = extract(article);
    const toGold = ids(extraction.entities);
    const isEvent = (id: string) => goldType.get(id) === 'EVENT' || extraction.entities.some((e) => e.type === 'EVENT' && toGold.get(e.id) === id);
    const plain = (key: string) => !key.startsWith('ATTENDED:') && !key.split(':').slice(1).some(isEvent);
    const expected = new Set(relations.map(([t, a, b]) => relationKey(t, a, b)).filter(plain));
    const keyOf = (r: { type: ExtractedRelation['type']; source: string; target: string }) => relationKey(r.type, toGold.get(r.source)!, toGold.get(r.target)!);
    const all = candidatesFn(extraction);
    const candidates = all.filter((c) => plain(keyOf(c)));
    const goldKeys = candidates.map(keyOf);
    const inCandidates = new Set(candidates.flatMap((c) => (c.rule ? [c.rule] : [])));
    const passthrough = extraction.relations.filter((r) => !inCandidates.has(r));
    return { set, article, extraction, candidates, labels: goldKeys.map((k) => (expected.has(k) ? 1 : 0)), goldKeys, passthrough, fixedKeys: passthrough.map(keyOf).filter(plain), expected };
  });
}

/** tp, fp, fn of a decision (keep or not, per candidate) over prepared articles, counted as evaluate.ts counts. */
export function counts(articles: readonly Prepared[], keep: (a: Prepared, i: number) => boolean): [number, number, number] {
  let tp = 0, fp = 0, fn = 0;
  for (const a of articles) {
    const found = new Set(a.fixedKeys);
    a.candidates.forEach((_, i) => keep(a, i) && found.add(a.goldKeys[i]));
    const hit = [...found].filter((k) => a.expected.has(k)).length;
    tp += hit;
    fp += found.size - hit;
    fn += a.expected.size - hit;
  }
  return [tp, fp, fn];
}

const f1 = ([tp, fp, fn]: number[]) => score([tp, fp, fn]).f1;
const THRESHOLDS = Array.from({ length: 33 }, (_, i) => 0.1 + i * 0.025);
const L2S = [0.3, 1, 3, 10];
export type Mode = 'model' | 'union';
export const keepFor = (mode: Mode, t: number, p: (a: Prepared, i: number) => number) => (a: Prepared, i: number) => (mode === 'union' && Boolean(a.candidates[i].rule)) || p(a, i) >= t;

export function fit(articles: readonly Prepared[], l2: number): LearnedModel {
  return train(articles.flatMap((a) => a.candidates), articles.flatMap((a) => a.labels), l2);
}

/** L2 and threshold for each mode, chosen by cross-validation over the training sets alone (grouped by set); with
 *  `precisionFirst`, only thresholds whose cross-validated precision is at least their recall and at least the
 *  precision of the rules alone: the model may add recall, never cost precision. */
export function choose(training: readonly Prepared[], groups: number, precisionFirst = false): Record<Mode, { l2: number; threshold: number; f1: number }> {
  const sets = [...new Set(training.map((a) => a.set))];
  const groupOf = new Map(sets.map((s, i) => [s, i % groups]));
  const best: Record<Mode, { l2: number; threshold: number; f1: number }> = { model: { l2: 1, threshold: 0.5, f1: -1 }, union: { l2: 1, threshold: 0.5, f1: -1 } };
  const rules = score(counts(training, (a, i) => Boolean(a.candidates[i].rule)));
  for (const l2 of L2S) {
    const oof = new Map<Prepared, number[]>();
    for (let g = 0; g < groups; g++) {
      const model = fit(training.filter((a) => groupOf.get(a.set) !== g), l2);
      for (const a of training.filter((x) => groupOf.get(x.set) === g)) oof.set(a, a.candidates.map((c) => probability(model, c)));
    }
    for (const mode of ['model', 'union'] as const)
      for (const t of THRESHOLDS) {
        const [tp, fp, fn] = counts(training, keepFor(mode, t, (a, i) => oof.get(a)![i]));
        const value = f1([tp, fp, fn]);
        const precise = score([tp, fp, fn]).precision >= Math.max(rules.precision, score([tp, fp, fn]).recall);
        if (value > best[mode].f1 + 1e-9 && (precise || !precisionFirst)) best[mode] = { l2, threshold: t, f1: value };
      }
  }
  return best;
}

/** The relations an article's output has under a decision: the passthrough ones and the kept candidates. */
export function decided(a: Prepared, keep: (a: Prepared, i: number) => boolean): ExtractedRelation[] {
  const kept = a.candidates.flatMap((c, i) => (keep(a, i) ? [c.rule ?? { type: c.type, source: c.source, target: c.target, confidence: 0.6, evidence: [] }] : []));
  return [...a.passthrough, ...kept];
}

function main() {
  const { values } = parseArgs({ options: { folds: { type: 'string', default: '4' }, sets: { type: 'string' }, json: { type: 'string' } } });
  const groups = Number(values.folds);
  const wanted = values.sets?.split(',');
  const extract = createExtractor([]);
  const golds = new Map<string, GoldSet>();
  const prepared: Prepared[] = [];
  const t0 = Date.now();
  for (const s of READ_SETS) {
    if (wanted && !wanted.includes(s.key)) continue;
    const gold = loadGold(s.file, s.pick);
    golds.set(s.key, gold);
    prepared.push(...prepare(s.key, gold, extract));
  }
  const n = prepared.reduce((x, a) => x + a.candidates.length, 0);
  const pos = prepared.reduce((x, a) => x + a.labels.reduce((p, y) => p + y, 0), 0);
  const gold = prepared.reduce((x, a) => x + a.expected.size, 0);
  console.log(`${prepared.length} articles, ${n} candidates, ${pos} positive (of ${gold} gold relations: candidate recall ${(pos / gold).toFixed(3)}), extracted in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const rows: Array<{ set: string; rules: Score; model: Score; union: Score; chosen: ReturnType<typeof choose> }> = [];
  for (const [set, goldSet] of golds) {
    const held = prepared.filter((a) => a.set === set);
    const training = prepared.filter((a) => a.set !== set);
    const chosen = choose(training, groups);
    const outputs: Record<string, Map<Article, ExtractedRelation[]>> = { rules: new Map(), model: new Map(), union: new Map() };
    for (const mode of ['model', 'union'] as const) {
      const model = fit(training, chosen[mode].l2);
      const p = new Map(held.map((a) => [a, a.candidates.map((c) => probability(model, c))]));
      for (const a of held) outputs[mode].set(a.article, decided(a, keepFor(mode, chosen[mode].threshold, (x, i) => p.get(x)![i])));
    }
    for (const a of held) outputs.rules.set(a.article, a.extraction.relations);
    const byArticle = new Map(held.map((a) => [a.article, a]));
    const scoreOf = (mode: string) => evaluate(goldSet, [], (article) => ({ entities: byArticle.get(article)!.extraction.entities, relations: outputs[mode].get(article)! })).relations;
    const row = { set, rules: scoreOf('rules'), model: scoreOf('model'), union: scoreOf('union'), chosen };
    // The decision counter agrees with the scorer on the rules' own output.
    const check = counts(held, (a, i) => Boolean(a.candidates[i].rule));
    if (check[0] !== row.rules.tp || check[1] !== row.rules.fp || check[2] !== row.rules.fn) console.warn(`  ${set}: counter ${check} ≠ scorer ${row.rules.tp},${row.rules.fp},${row.rules.fn}`);
    rows.push(row);
    const g = (s: Score) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.tp}/${s.fp}/${s.fn})`;
    console.log(`${set.padEnd(9)} rules ${g(row.rules)} | model ${g(row.model)} [l2 ${chosen.model.l2}, t ${chosen.model.threshold.toFixed(3)}] | union ${g(row.union)} [l2 ${chosen.union.l2}, t ${chosen.union.threshold.toFixed(3)}]`);
  }
  const pooled = (pick: (set: string) => boolean) => {
    const sum = (k: 'rules' | 'model' | 'union') => score(rows.filter((r) => pick(r.set)).reduce((acc, r) => [acc[0] + r[k].tp, acc[1] + r[k].fp, acc[2] + r[k].fn], [0, 0, 0]));
    return { rules: sum('rules'), model: sum('model'), union: sum('union') };
  };
  const newest = new Set(['dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20']);
  for (const [label, pick] of [['pooled, all folds', () => true], ['pooled, dev…dev20', (s: string) => s.startsWith('dev')], ['pooled, dev15…dev20', (s: string) => newest.has(s)]] as const) {
    const p = pooled(pick);
    console.log(`${label.padEnd(20)} ${(['rules', 'model', 'union'] as const).map((k) => `${k} P ${p[k].precision.toFixed(3)} R ${p[k].recall.toFixed(3)} F1 ${p[k].f1.toFixed(3)}`).join(' | ')}`);
  }
  if (values.json) writeJson(values.json, rows);
}

function writeJson(path: string, rows: unknown) {
  import('node:fs').then(({ writeFileSync }) => writeFileSync(path, JSON.stringify(rows, null, 1)));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
