// npx tsx scripts/learned-scorer-train.ts --old /tmp/learned/old [--precision-first] [--from 2 --to 20] [--out data/model/learned-scorer.json]:
// trains the learned scorer (graph/extract/learned.ts) on the pairs (pipeline k, dev k), each set extracted by the
// pipeline as it stood before its rules had read it (`bash scripts/learned-scorer-unpack.sh <old>` unpacks those
// trees): what the rules' output on an unread set looks like. Trained on the read sets extracted by today's pipeline
// instead, the model learns to trust rules that were tuned on those very sets, and gains nothing (learned-scorer-cv).
// L2 and the threshold are chosen by cross-validation over the sets (with --precision-first, the best threshold that
// costs no precision against the rules alone); the weights are written as JSON (not used by
// the pipeline: applyLearned applies them to an ArticleExtraction).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleExtraction } from '../graph/extract/pipeline';
import type { Article } from '../graph/types';
import { choose, fit, loadGold, prepare, READ_SETS, type Prepared } from './learned-scorer-cv';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { old: { type: 'string', default: '/tmp/learned/old' }, from: { type: 'string', default: '2' }, to: { type: 'string', default: '20' }, folds: { type: 'string', default: '4' }, 'precision-first': { type: 'boolean', default: false }, out: { type: 'string', default: join(ROOT, 'data/model/learned-scorer.json') } } });
const pairs: Prepared[] = [];
for (let k = Number(values.from); k <= Number(values.to); k++) {
  const root = `${values.old}-${k}`;
  const { createExtractor } = (await import(`${root}/graph/extract/pipeline.ts`)) as { createExtractor: (c: unknown[]) => (a: Article) => ArticleExtraction };
  const { candidatesOf } = await import(`${root}/graph/extract/learned.ts`);
  const s = READ_SETS.find((x) => x.key === `dev${k}`)!;
  pairs.push(...prepare(s.key, loadGold(s.file, s.pick), createExtractor([]), candidatesOf));
}
const chosen = choose(pairs, Number(values.folds), values['precision-first']).model;
const model = fit(pairs, chosen.l2);
const weights = Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= 1e-3).sort(([a], [b]) => a.localeCompare(b)).map(([f, w]) => [f, Math.round(w * 1e4) / 1e4]));
const out = { about: 'Learned scorer over the rules\' output (graph/extract/learned.ts, applyLearned); an experiment, not wired into the pipeline.', trainedOn: `pipeline k on dev k, k = ${values.from}…${values.to}`, l2: chosen.l2, threshold: chosen.threshold, crossValidatedF1: Math.round(chosen.f1 * 1e4) / 1e4, bias: Math.round(model.bias * 1e4) / 1e4, weights };
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(out, null, 0) + '\n');
console.log(`${pairs.length} articles; l2 ${chosen.l2}, threshold ${chosen.threshold}, CV F1 ${chosen.f1.toFixed(3)}; ${Object.keys(weights).length} weights → ${values.out}`);
const top = Object.entries(weights).sort((a, b) => b[1] - a[1]);
console.log('strongest positive:', top.slice(0, 30).map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', '));
console.log('strongest negative:', top.slice(-30).reverse().map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', '));
