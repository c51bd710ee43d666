// npx tsx scripts/learned-scorer-frontier.ts --old /tmp/learned/old [--from 2 --to 20] [--mode frontier|read]: the
// learned scorer (graph/extract/learned.ts) on sets the rules had NOT read. For each k, the pipeline as it stood when
// realistic-k was committed (before any rule was tuned on it) is unpacked under <old>-k by
// `bash scripts/learned-scorer-unpack.sh <old>`, with the current graph/extract/learned.ts copied in (its features
// then use that time's trigger lists). That pipeline's output on dev k is what an unread set looks like to it.
//   --mode frontier: the data are the pairs (pipeline k, dev k); leave-one-pair-out: the model is trained on the other
//     pairs (L2 and threshold by inner cross-validation over them) and scored on dev k beside pipeline k's rules alone.
//     With --strict, only on the pairs before k (--report K: score k ≥ K only). With --precision-first, the threshold
//     is the best whose cross-validated precision is at least its recall and the rules' own precision.
//   --mode read: for each k, pipeline k also extracts the read sets of its time (seeds, held-out, dev, dev2…dev(k−1)),
//     the model is trained on those (the sets its rules were tuned on) and scored on dev k.
// Scores by evaluate.ts's scorer (relations, text alone, no catalog), gold as it is now.
import { parseArgs } from 'node:util';
import { evaluate, score, type GoldSet, type Score } from '../graph/extract/evaluate';
import type { ArticleExtraction } from '../graph/extract/pipeline';
import type { Article } from '../graph/types';
import type { ExtractedRelation } from '../graph/extract/types';
import { probability } from '../graph/extract/learned';
import { choose, decided, fit, keepFor, loadGold, prepare, READ_SETS, type Prepared } from './learned-scorer-cv';

const { values } = parseArgs({ options: { old: { type: 'string', default: '/tmp/learned/old' }, from: { type: 'string', default: '2' }, to: { type: 'string', default: '20' }, folds: { type: 'string', default: '4' }, mode: { type: 'string', default: 'frontier' }, strict: { type: 'boolean', default: false }, 'precision-first': { type: 'boolean', default: false }, report: { type: 'string', default: '2' } } });
const from = Number(values.from), to = Number(values.to);
const g = (s: Score) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.tp}/${s.fp}/${s.fn})`;
const golds = new Map<string, GoldSet>();
const gold = (key: string) => {
  if (!golds.has(key)) {
    const s = READ_SETS.find((x) => x.key === key)!;
    golds.set(key, loadGold(s.file, s.pick));
  }
  return golds.get(key)!;
};
async function pipelineOf(k: number) {
  const root = `${values.old}-${k}`;
  const { createExtractor } = (await import(`${root}/graph/extract/pipeline.ts`)) as { createExtractor: (c: unknown[]) => (a: Article) => ArticleExtraction };
  const { candidatesOf } = await import(`${root}/graph/extract/learned.ts`);
  return { extract: createExtractor([]), candidatesOf };
}

/** Train on `training`, score `held` (one set) for the rules alone, the model deciding, and the rules plus the model. */
function heldOut(held: Prepared[], training: Prepared[]) {
  const chosen = choose(training, Number(values.folds), values['precision-first']);
  const outputs: Record<string, Map<Article, ExtractedRelation[]>> = { rules: new Map(held.map((a) => [a.article, a.extraction.relations])), model: new Map(), union: new Map() };
  for (const mode of ['model', 'union'] as const) {
    const model = fit(training, chosen[mode].l2);
    const p = new Map(held.map((a) => [a, a.candidates.map((c) => probability(model, c))]));
    for (const a of held) outputs[mode].set(a.article, decided(a, keepFor(mode, chosen[mode].threshold, (x, i) => p.get(x)![i])));
  }
  const byArticle = new Map(held.map((a) => [a.article, a]));
  const scoreOf = (mode: string) => evaluate(gold(held[0].set), [], (article) => ({ entities: byArticle.get(article)!.extraction.entities, relations: outputs[mode].get(article)! })).relations;
  return { set: held[0].set, rules: scoreOf('rules'), model: scoreOf('model'), union: scoreOf('union'), chosen };
}

const rows: Array<ReturnType<typeof heldOut>> = [];
const show = (row: ReturnType<typeof heldOut>) =>
  console.log(`${row.set.padEnd(6)} rules ${g(row.rules)} | model ${g(row.model)} [l2 ${row.chosen.model.l2}, t ${row.chosen.model.threshold.toFixed(3)}, inner F1 ${row.chosen.model.f1.toFixed(3)}] | union ${g(row.union)} [l2 ${row.chosen.union.l2}, t ${row.chosen.union.threshold.toFixed(3)}, inner F1 ${row.chosen.union.f1.toFixed(3)}]`);
if (values.mode === 'read') {
  for (let k = from; k <= to; k++) {
    const { extract, candidatesOf } = await pipelineOf(k);
    const prepared = READ_SETS.filter((s) => !/^dev\d+$/.test(s.key) || Number(s.key.slice(3)) <= k).flatMap((s) => prepare(s.key, gold(s.key), extract, candidatesOf));
    const row = heldOut(prepared.filter((a) => a.set === `dev${k}`), prepared.filter((a) => a.set !== `dev${k}`));
    rows.push(row);
    show(row);
  }
} else {
  const pairs: Prepared[] = [];
  for (let k = from; k <= to; k++) {
    const { extract, candidatesOf } = await pipelineOf(k);
    pairs.push(...prepare(`dev${k}`, gold(`dev${k}`), extract, candidatesOf));
  }
  console.log(`${pairs.length} articles, ${pairs.reduce((x, a) => x + a.candidates.length, 0)} candidates, ${pairs.reduce((x, a) => x + a.labels.reduce((p, y) => p + y, 0), 0)} positive of ${pairs.reduce((x, a) => x + a.expected.size, 0)} gold`);
  // --strict: trained only on the pairs before k (pipelines and sets older than the one scored).
  for (let k = Math.max(from, Number(values.report)); k <= to; k++) {
    const row = heldOut(pairs.filter((a) => a.set === `dev${k}`), pairs.filter((a) => a.set !== `dev${k}` && (!values.strict || Number(a.set.slice(3)) < k)));
    rows.push(row);
    show(row);
  }
}
const sum = (m: 'rules' | 'model' | 'union', pick: (s: string) => boolean) => score(rows.filter((r) => pick(r.set)).reduce((acc, r) => [acc[0] + r[m].tp, acc[1] + r[m].fp, acc[2] + r[m].fn], [0, 0, 0]));
for (const [label, pick] of [['pooled', () => true], ['pooled dev15–20', (s: string) => Number(s.slice(3)) >= 15]] as const)
  console.log(`${label.padEnd(16)} ${(['rules', 'model', 'union'] as const).map((m) => `${m} ${g(sum(m, pick))}`).join(' | ')}`);
