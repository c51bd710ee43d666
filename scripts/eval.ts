// npm run eval [-- --errors]: precision, recall and F1 of the automatic extraction on the gold sets in data/eval,
// from the text alone (--no-catalog) and resolved against the curated catalog (data/catalog).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseArticle } from '../graph/corpus';
import { loadCatalog } from '../graph/catalog';
import { ENTITY_TYPES, RELATION_TYPES, type Entity } from '../graph/types';
import { evaluate, type GoldSet, type Score } from '../graph/extract/evaluate';

const ROOT = join(import.meta.dirname, '..');
const SETS = [
  { label: 'seeds (5 articles)', file: join(ROOT, 'data/eval/seeds/gold.yaml') },
  { label: 'held-out (3 articles written for the eval)', file: join(ROOT, 'data/eval/held-out/gold.yaml') },
];

const goldSchema = z.object({
  entities: z.array(z.object({ id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), aliases: z.array(z.string()).default([]) })),
  articles: z.array(z.object({ file: z.string(), entities: z.array(z.string()), relations: z.array(z.tuple([z.enum(RELATION_TYPES), z.string(), z.string()])) })),
});

function loadGold(file: string): GoldSet {
  const raw = goldSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return {
    entities: raw.entities,
    articles: raw.articles.map((a) => {
      const path = resolve(dirname(file), a.file);
      return { article: parseArticle(readFileSync(path, 'utf8'), path), entities: a.entities, relations: a.relations };
    }),
  };
}

const { values } = parseArgs({ options: { errors: { type: 'boolean', default: false }, catalog: { type: 'string', default: join(ROOT, 'data/catalog') } } });
const catalog: Entity[] = loadCatalog(values.catalog).entities;
const f = (s: Score) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

for (const set of SETS) {
  const gold = loadGold(set.file);
  console.log(`\n${set.label}`);
  for (const [mode, entities] of [['--no-catalog', []], ['catalog', catalog]] as const) {
    const result = evaluate(gold, entities);
    console.log(`  ${mode.padEnd(12)} entities   ${f(result.entities)}`);
    console.log(`  ${''.padEnd(12)} relations  ${f(result.relations)}`);
    if (values.errors) for (const e of result.errors) console.log(`      ${e.kind.padEnd(8)} ${e.article}  ${e.what}`);
  }
}
