// npx tsx scripts/learned-scorer-blind.ts --model data/model/learned-scorer.json --set 21 --set 22: today's pipeline
// with a trained learned scorer (scripts/learned-scorer-train.ts) on blind sets (data/eval/realistic-k): relation
// scores (text alone) for the rules alone, the model deciding every candidate, and the rules plus what the model adds.
// Scores only; no errors are printed, so the sets stay unread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type Score } from '../graph/extract/evaluate';
import { createExtractor } from '../graph/extract/pipeline';
import { applyLearned, type LearnedModel } from '../graph/extract/learned';
import { loadGold } from './learned-scorer-cv';

const { values } = parseArgs({ options: { model: { type: 'string', default: join(import.meta.dirname, '../data/model/learned-scorer.json') }, set: { type: 'string', multiple: true, default: [] } } });
const model = JSON.parse(readFileSync(values.model, 'utf8')) as LearnedModel;
const extract = createExtractor([]);
const f = (s: Score) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.tp}/${s.fp}/${s.fn})`;
for (const k of values.set) {
  const gold = loadGold(join(import.meta.dirname, `../data/eval/realistic-${k}/gold.yaml`));
  const withModel = (union: boolean) => evaluate(gold, [], (a) => { const r = extract(a); return { entities: r.entities, relations: applyLearned(model, r, union) }; }).relations;
  console.log(`realistic-${k}  rules ${f(evaluate(gold, [], extract).relations)}  |  model ${f(withModel(false))}  |  union ${f(withModel(true))}`);
}
