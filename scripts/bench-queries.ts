// npm run bench:queries — in-process latency of the core's queries on synthetic graphs of growing size,
// beside the same queries over plain Maps (scripts/bench-naive.ts), and the heap the loaded graph takes.
// Prints figures; it asserts nothing. Run with --expose-gc (the npm script does) for the memory figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createKnowledgeGraph, entityRelations, getEntity, listEntities, listRelations, loadKnowledgeGraph, neighborhood, paginate, search, serializeGraph,
  shortestPath, stats, ENTITY_TYPES, RELATION_TYPES, type KnowledgeGraph,
} from '../graph';
import { generateSynthetic } from '../graph/synthetic';
import { seededRng } from '../graph/synthetic-text';
import { naiveEntityRelations, naiveGraph, naiveNeighborhood, naivePath, naiveSearch, type NaiveGraph } from './bench-naive';
import { measure, ms, type Latency } from './bench-stats';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000x5000,10000x50000,100000x300000' }, samples: { type: 'string', default: '400' }, 'memory-only': { type: 'boolean', default: false } } });
const SIZES = values.sizes.split(',').map((s) => s.split('x').map(Number) as [number, number]);
const SAMPLES = Number(values.samples);
const TARGETS: Record<string, number> = { 'neighborhood d2': 5, search: 5, path: 20 };

/** Realistic inputs: entities drawn uniformly, searches as typed (a name, a 4-letter prefix, a one-letter typo). */
function inputs(kg: KnowledgeGraph) {
  const rng = seededRng(42);
  const { ids, names } = kg.store;
  const anyId = () => ids[Math.floor(rng() * ids.length)];
  const queries = Array.from({ length: 300 }, (_, i) => {
    const name = names[Math.floor(rng() * names.length)];
    const word = name.split(' ').at(-1)!;
    if (i % 3 === 0) return name;
    if (i % 3 === 1) return word.slice(0, 4);
    return word.length >= 5 ? `${word.slice(0, 2)}${word.slice(3)}` : word; // one letter dropped
  });
  return { ids: Array.from({ length: 300 }, anyId), queries, pairs: Array.from({ length: 300 }, () => [anyId(), anyId()] as const) };
}

function benchSize(entities: number, relations: number) {
  const started = performance.now();
  const kg = createKnowledgeGraph(generateSynthetic({ entities, relations, seed: 1 }).export());
  console.log(`\n## ${entities.toLocaleString('en')} entities / ${relations.toLocaleString('en')} relations (built in ${Math.round(performance.now() - started)} ms)`);
  const { ids, queries, pairs } = inputs(kg);
  const samples = entities >= 100_000 ? SAMPLES : SAMPLES * 2;
  (globalThis as { gc?: () => void }).gc?.(); // the generator's graphology graph is garbage now
  // The core first, then the naive peer: its Maps of relation objects take several times the store's heap, and a
  // bigger heap slows every collection, so each side is timed with only its own data alive.
  const core: Latency[] = [
    measure(ids, (id) => [getEntity(kg, id), entityRelations(kg, id)], samples),
    measure(queries, (q) => search(kg, q, 10), samples),
    measure(ids, (id) => neighborhood(kg, id, 2), samples),
    measure(pairs, ([a, b]) => shortestPath(kg, a, b), samples),
  ];
  let naive: NaiveGraph | undefined = naiveGraph(kg);
  const peer: Latency[] = [
    measure(ids, (id) => naiveEntityRelations(naive!, id), samples),
    measure(queries, (q) => naiveSearch(naive!, q, 10), Math.min(samples, 200)),
    measure(ids, (id) => naiveNeighborhood(naive!, id, 2), samples),
    measure(pairs, ([a, b]) => naivePath(naive!, a, b), Math.min(samples, 200)),
  ];
  naive = undefined;
  const ops = ['entity+relations', 'search', 'neighborhood d2', 'path'].map((name, i) => [name, core[i], peer[i]] as const);
  console.log('| operation | core median | core p95 | naive median | naive p95 | naive/core (p95) | target p95 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, core, peer] of ops) {
    const target = TARGETS[name];
    const verdict = target === undefined || entities < 100_000 ? '' : `≤ ${target} ms ${core.p95 <= target ? '✓' : '✗'}`;
    console.log(`| ${name} | ${ms(core.median)} ms | ${ms(core.p95)} ms | ${ms(peer.median)} ms | ${ms(peer.p95)} ms | ${(peer.p95 / core.p95).toFixed(2)}× | ${verdict} |`);
  }
}

/** Heap the server holds for a graph loaded from disk, as `GRAPH_FILE=… npm start` would. */
function benchMemory(entities: number, relations: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return console.log('\n(memory: run with node --expose-gc)');
  const file = join('bench', 'data', `synthetic-${entities}-${relations}.json`);
  if (!existsSync(file)) {
    mkdirSync(join('bench', 'data'), { recursive: true });
    writeFileSync(file, serializeGraph(generateSynthetic({ entities, relations, seed: 1 })));
  }
  // Typed arrays live outside the JS heap (arrayBuffers): count them too.
  const held = () => {
    for (let i = 0; i < 4; i++) gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const before = held();
  const kg = loadKnowledgeGraph(file);
  // What a serving process also holds once each kind of query has run: the name and id orders, the scratch arrays.
  const [a, b] = [kg.store.ids[0], kg.store.ids[1]];
  for (const type of [null, ...ENTITY_TYPES]) paginate(listEntities(kg, { type }), 10);
  for (const type of [null, ...RELATION_TYPES]) paginate(listRelations(kg, { type }), 10);
  [search(kg, 'a', 10), neighborhood(kg, a, 2), shortestPath(kg, a, b), stats(kg)];
  const used = held() - before;
  const perItem = used / (kg.store.order + kg.store.size);
  console.log(`\n## Memory at ${entities.toLocaleString('en')}/${relations.toLocaleString('en')} (${file}, ${kg.articles.size.toLocaleString('en')} articles)`);
  console.log(`heap + array buffers ${(used / 2 ** 20).toFixed(1)} MiB = ${Math.round(perItem)} bytes per entity+relation (target ≤ 400 ${perItem <= 400 ? '✓' : '✗'})`);
}

// Memory is measured in a process of its own: a baseline taken after the latency runs would still count (or, once
// they are collected mid-measurement, subtract) what those runs left behind.
const largest = SIZES.at(-1)!;
if (values['memory-only']) benchMemory(...largest);
else {
  console.log(`# bench:queries — Node ${process.version}, ${SAMPLES} samples per operation at 100k (twice that below)`);
  for (const [entities, relations] of SIZES) benchSize(entities, relations);
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1), '--memory-only'], { stdio: 'inherit' });
  if (child.status !== 0) console.log(`\n(memory: the measuring process failed with status ${child.status})`);
}
