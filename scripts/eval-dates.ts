// npm run eval:dates [-- --set dev5]: statement dates on the realistic DEV sets only, independent of what the extractor
// finds. Each dated gold relation is located at the sentences naming both its ends (gold names and aliases); it counts
// as right when one of them gets the gold date. Prints every miss with its sentence. The test half is never read.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../graph/corpus';
import { locateDates } from '../graph/time/located-dates';
import { isRealisticTest } from './realistic-split';

const EVAL = join(import.meta.dirname, '../data/eval');
const SETS: Record<string, string> = {
  dev: 'realistic/gold.yaml',
  dev2: 'realistic-2/gold.yaml',
  dev3: 'realistic-3/gold.yaml',
  dev4: 'realistic-4/gold.yaml',
  dev5: 'realistic-5/gold.yaml',
  dev6: 'realistic-6/gold.yaml',
  dev7: 'realistic-7/gold.yaml',
  dev8: 'realistic-8/gold.yaml',
  dev9: 'realistic-9/gold.yaml',
  dev10: 'realistic-10/gold.yaml',
  dev11: 'realistic-11/gold.yaml',
  dev12: 'realistic-12/gold.yaml',
  dev13: 'realistic-13/gold.yaml',
  dev14: 'realistic-14/gold.yaml',
  dev15: 'realistic-15/gold.yaml',
  dev16: 'realistic-16/gold.yaml',
  dev17: 'realistic-17/gold.yaml',
  dev18: 'realistic-18/gold.yaml',
  dev19: 'realistic-19/gold.yaml',
  dev20: 'realistic-20/gold.yaml',
  dev21: 'realistic-21/gold.yaml',
  dev22: 'realistic-22/gold.yaml',
  dev23: 'realistic-23/gold.yaml',
  dev24: 'realistic-24/gold.yaml',
  dev25: 'realistic-25/gold.yaml',
};
const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
const keys = values.set ?? ['dev'];
for (const key of keys) if (!SETS[key]) throw new Error(`unknown set "${key}" (known: ${Object.keys(SETS).join(', ')})`);

for (const key of keys) {
  const file = join(EVAL, SETS[key]);
  const gold = parseYaml(readFileSync(file, 'utf8')) as { entities: Array<{ id: string; name: string; aliases?: string[] }>; articles: Array<{ file: string; relations: string[][] }> };
  const names = new Map(gold.entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])]]));
  const dev = gold.articles.filter((a) => !isRealisticTest(a.file));
  const outcomes = dev.flatMap((a) => locateDates(parseArticle(readFileSync(resolve(dirname(file), a.file), 'utf8'), a.file), a.relations, names));
  const located = outcomes.filter((o) => o.stated.length);
  const right = located.filter((o) => o.stated.includes(o.gold));
  console.log(`\n${key}`);
  for (const o of located) if (!o.stated.includes(o.gold)) console.log(`  miss  ${o.article}  ${o.relation.join(' ')}  stated ${o.stated.join(', ')}\n        ${o.sentence}`);
  console.log(`${key}, located dated gold relations: ${(right.length / located.length).toFixed(3)} (${right.length} of ${located.length}; ${outcomes.length - located.length} not located)`);
}
