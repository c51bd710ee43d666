// npm run eval [-- --errors] [-- --set dev]: precision, recall and F1 of the automatic extraction on the gold sets in
// data/eval, from the text alone (--no-catalog) and resolved against the curated catalog (data/catalog).
// The realistic set is split into a dev half (errors may be read) and a test half (scored only; its errors are never
// printed). The split is listed in data/eval/realistic/README.md.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseArticle } from '../graph/corpus';
import { loadCatalog } from '../graph/catalog';
import { ENTITY_TYPES, RELATION_TYPES, type Entity } from '../graph/types';
import { evaluate, score, type GoldRelation, type GoldSet, type Score } from '../graph/extract/evaluate';
import { isRealisticTest } from './realistic-split';
import { locateDates } from '../graph/time/located-dates';

const ROOT = join(import.meta.dirname, '..');
const REALISTIC = join(ROOT, 'data/eval/realistic/gold.yaml');
const isTest = isRealisticTest;
const SETS = [
  { key: 'seeds', label: 'seeds (5 articles)', file: join(ROOT, 'data/eval/seeds/gold.yaml') },
  { key: 'held-out', label: 'held-out (3 articles written for the eval)', file: join(ROOT, 'data/eval/held-out/gold.yaml') },
  { key: 'dev', label: 'realistic dev (12 articles in real outlets\' styles)', file: REALISTIC, pick: (f: string) => !isTest(f) },
  { key: 'dev2', label: 'realistic dev 2 (5 articles, Feb–May 2025, written this round)', file: join(ROOT, 'data/eval/realistic-2/gold.yaml') },
  { key: 'dev3', label: 'realistic dev 3 (5 articles, Sept–Dec 2025, written this round)', file: join(ROOT, 'data/eval/realistic-3/gold.yaml') },
  { key: 'dev4', label: 'realistic dev 4 (4 articles: interview, press release, tabloid, round-up)', file: join(ROOT, 'data/eval/realistic-4/gold.yaml') },
  { key: 'dev5', label: 'realistic dev 5 (5 articles, Aug 2025–Feb 2026, dates as news writes them)', file: join(ROOT, 'data/eval/realistic-5/gold.yaml') },
  { key: 'dev6', label: 'realistic dev 6 (4 articles, Feb 2025–Jan 2026, untuned check of the date rules)', file: join(ROOT, 'data/eval/realistic-6/gold.yaml') },
  { key: 'dev7', label: 'realistic dev 7 (5 articles, Aug 2025–Jan 2026, written by one who had not read the date code)', file: join(ROOT, 'data/eval/realistic-7/gold.yaml') },
  { key: 'dev8', label: 'realistic dev 8 (5 articles, Mar 2025–Feb 2026, written before the date code was read)', file: join(ROOT, 'data/eval/realistic-8/gold.yaml') },
  { key: 'dev9', label: 'realistic dev 9 (4 articles, Mar–Oct 2025, written before the date code was read)', file: join(ROOT, 'data/eval/realistic-9/gold.yaml') },
  { key: 'dev10', label: 'realistic dev 10 (4 articles, Mar 2025–Jan 2026, transcript, debate, fact-check, German)', file: join(ROOT, 'data/eval/realistic-10/gold.yaml') },
  { key: 'dev11', label: 'realistic dev 11 (4 articles, Mar–Jun 2025, press conference, sources, social posts, think-tank brief)', file: join(ROOT, 'data/eval/realistic-11/gold.yaml') },
  { key: 'dev12', label: 'realistic dev 12 (5 articles, Feb 2025–Jan 2026, live blog, wire, analysis, newsletter, Q&A, dense in dates)', file: join(ROOT, 'data/eval/realistic-12/gold.yaml') },
  { key: 'dev13', label: 'realistic dev 13 (6 articles, Jun 2025–Feb 2026, press release, interview, Kremlin, tabloid, opinion, round-up)', file: join(ROOT, 'data/eval/realistic-13/gold.yaml') },
  { key: 'dev14', label: 'realistic dev 14 (6 articles, Mar–Dec 2025, wire, live blog, newsletter, explainer, translated Ukrainian, opinion; blind)', file: join(ROOT, 'data/eval/realistic-14/gold.yaml') },
  { key: 'dev15', label: 'realistic dev 15 (6 articles, Apr–Dec 2025, tabloid, Kremlin framing, press release, round-up, interview, analysis; blind)', file: join(ROOT, 'data/eval/realistic-15/gold.yaml') },
  { key: 'dev16', label: 'realistic dev 16 (6 articles, Feb–Dec 2025, wire, live blog, opinion, Q&A explainer, translated from German, newsletter; blind)', file: join(ROOT, 'data/eval/realistic-16/gold.yaml') },
  { key: 'dev17', label: 'realistic dev 17 (6 articles, Feb–Nov 2025, broadcaster story, wire, magazine analysis, translated from Italian, live blog, Sunday column; blind)', file: join(ROOT, 'data/eval/realistic-17/gold.yaml') },
  { key: 'dev18', label: 'realistic dev 18 (6 articles, Mar–Dec 2025, wire, live blog, think-tank commentary, translated from Dutch, tabloid, radio transcript; blind)', file: join(ROOT, 'data/eval/realistic-18/gold.yaml') },
  { key: 'dev19', label: 'realistic dev 19 (6 articles, Mar–Aug 2025, live blog, wire, translated from Spanish, think-tank commentary, tabloid, press release; blind)', file: join(ROOT, 'data/eval/realistic-19/gold.yaml') },
  { key: 'dev20', label: 'realistic dev 20 (6 articles, Jan–Nov 2025, wire, live blog, translated from German, Kremlin framing, Q&A explainer, newsletter; blind)', file: join(ROOT, 'data/eval/realistic-20/gold.yaml') },
  { key: 'dev21', label: 'realistic dev 21 (6 articles, Mar–Sept 2025, broadcaster story, ministry press release, tabloid, translated from French, weekly round-up, radio interview; blind)', file: join(ROOT, 'data/eval/realistic-21/gold.yaml') },
  { key: 'dev22', label: 'realistic dev 22 (6 articles, Mar–Dec 2025, parliamentary record, think-tank event write-up, timeline explainer, translated from Romanian, agency factbox, financial paper; blind)', file: join(ROOT, 'data/eval/realistic-22/gold.yaml') },
  { key: 'dev23', label: 'realistic dev 23 (6 articles, Aug–Nov 2025, leaders\' joint statement, magazine profile, Baltic broadcaster, speech transcript, podcast show notes, corrected article; blind)', file: join(ROOT, 'data/eval/realistic-23/gold.yaml') },
  { key: 'dev24', label: 'realistic dev 24 (6 articles, Feb–Nov 2025, call readouts, fact-check, regional paper, press-conference transcript, reactions on X, weekly diary column; blind)', file: join(ROOT, 'data/eval/realistic-24/gold.yaml') },
  { key: 'dev25', label: 'realistic dev 25 (6 articles, Mar–Nov 2025, letters page, TV bulletin transcript, wire update with adds, legal analysis with footnotes, readers\' questions, translated from Czech; blind)', file: join(ROOT, 'data/eval/realistic-25/gold.yaml') },
  { key: 'dev26', label: 'realistic dev 26 (6 articles, Mar–Nov 2025, photo gallery, defence trade press, translated from Polish, European Council conclusions, opinion poll, who\'s who explainer; blind)', file: join(ROOT, 'data/eval/realistic-26/gold.yaml') },
  { key: 'dev27', label: 'realistic dev 27 (6 articles, Aug–Sept 2025, press review, quotes of the week, translated from Swedish, week-ahead planner, Russian media monitoring, winners and losers; blind)', file: join(ROOT, 'data/eval/realistic-27/gold.yaml') },
  { key: 'test', label: 'realistic test (12 articles, held out)', file: REALISTIC, pick: isTest, hidden: true },
];

const relationType = z.enum([...new Set([...RELATION_TYPES, 'ATTENDED' as const])]);
const goldSchema = z.object({
  entities: z.array(z.object({ id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), aliases: z.array(z.string()).default([]) })),
  articles: z.array(z.object({
    file: z.string(),
    entities: z.array(z.string()),
    // An optional 4th element: the date the text says it was stated or happened (YYYY-MM-DD or YYYY-MM).
    relations: z.array(z.union([z.tuple([relationType, z.string(), z.string()]), z.tuple([relationType, z.string(), z.string(), z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/)])])),
  })),
});

function loadGold(file: string, pick: (file: string) => boolean = () => true): GoldSet {
  const raw = goldSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return {
    entities: raw.entities,
    articles: raw.articles.filter((a) => pick(a.file)).map((a) => {
      const path = resolve(dirname(file), a.file);
      return { article: parseArticle(readFileSync(path, 'utf8'), path), entities: a.entities, relations: a.relations as GoldRelation[] };
    }),
  };
}

const { values } = parseArgs({ options: { errors: { type: 'boolean', default: false }, set: { type: 'string', multiple: true }, catalog: { type: 'string', default: join(ROOT, 'data/catalog') } } });
const catalog: Entity[] = loadCatalog(values.catalog).entities;
const combined = (a: Score, b: Score): Score => score([a.tp + b.tp, a.fp + b.fp, a.fn + b.fn]);
const f = (s: Score) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

for (const set of SETS) {
  if (values.set && !values.set.includes(set.key)) continue;
  const gold = loadGold(set.file, set.pick);
  const hasEvents = gold.articles.some((a) => a.relations.some((r) => r[0] === 'ATTENDED'));
  console.log(`\n${set.label}`);
  for (const [mode, entities] of [['--no-catalog', []], ['catalog', catalog]] as const) {
    const result = evaluate(gold, entities);
    console.log(`  ${mode.padEnd(12)} entities   ${f(result.entities)}`);
    console.log(`  ${''.padEnd(12)} relations  ${f(result.relations)}`);
    if (hasEvents) {
      console.log(`  ${''.padEnd(12)} events     ${f(result.events)}`);
      console.log(`  ${''.padEnd(12)} ATTENDED   ${f(result.attended)}`);
      // The relations and the ATTENDED ones counted together: the figure once the graph's events are part of it.
      console.log(`  ${''.padEnd(12)} both       ${f(combined(result.relations, result.attended))}`);
      const d = result.dates;
      console.log(`  ${''.padEnd(12)} dates      ${d ? `${d.total ? (d.correct / d.total).toFixed(3) : 'n/a'}  (${d.correct} of ${d.total} dated gold relations found with the same date)` : 'n/a (the extraction output has no statedAt)'}`);
    }
    // Per type: F1 (tp/fp/fn) and, where the gold dates them, how many found relations carry the gold date.
    const types = Object.entries(result.byType).sort(([a], [b]) => a.localeCompare(b));
    console.log(`  ${''.padEnd(12)} by type    ${types.map(([type, t]) => `${type} ${t.score.f1.toFixed(2)} (${t.score.tp}/${t.score.fp}/${t.score.fn}${t.dates.total ? `, dates ${t.dates.correct}/${t.dates.total}` : ''})`).join(' · ')}`);
    if (values.errors && !set.hidden) for (const e of result.errors) console.log(`      ${e.kind.padEnd(8)} ${e.article}  ${e.what}`);
  }
  // Statement dates apart from extraction: every dated gold relation, dated at the sentences naming both its ends as
  // the pipeline would date evidence there (a count only; `npm run eval:dates` prints a dev set's misses).
  if (hasEvents) {
    const names = new Map(gold.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    const outcomes = gold.articles.flatMap((a) => locateDates(a.article, a.relations, names));
    const located = outcomes.filter((o) => o.stated.length);
    const right = located.filter((o) => o.stated.includes(o.gold)).length;
    console.log(`  ${'no extractor'.padEnd(12)} dates apart ${(right / located.length).toFixed(3)}  (${right} of ${located.length} dated gold relations located in the text; ${outcomes.length - located.length} not located)`);
  }
}
