// npm run bench:ingest [-- --sizes 1000,10000,100000 --probe 20 --batch 200 --baseline-max 10000]
// Time to ingest one ~5 KB article into a store that already holds N articles (embedded; the PostgreSQL server too
// when DATABASE_URL is set), batch throughput, and beside them the design this replaced: rebuilding the whole graph
// from every article (buildGraph + graph.json) on each ingest, measured on the same corpus in the same run.
// The store is filled by bulk inserts of synthetic articles (entities named in the text, a relation per sentence
// with that sentence as evidence, every mention), not by ingesting them one by one, so big sizes fill in minutes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildGraph } from '../graph/build';
import { parseArticle } from '../graph/corpus';
import { loadCatalog, type Claim } from '../graph/catalog';
import { readArticles } from '../graph/data-dir';
import { relationId } from '../graph/relation-id';
import { serializeGraph } from '../graph/serialize';
import { foldName } from '../graph/slug';
import { seededRng, pick, type Rng } from '../graph/synthetic-text';
import type { Article, Entity } from '../graph/types';
import { aliasRows, insertAliases } from '../graph/store/aliases';
import type { Database, Sql } from '../graph/store/driver';
import { ingestArticle, ingestArticles } from '../graph/store/ingest';
import { aheadExtraction } from '../graph/extract/ahead';
import { createExtractor } from '../graph/extract/pipeline';
import { openDatabase } from '../graph/store/open';
import { columnsOf, unnestInsert } from '../graph/store/rows';
import { insertArticles, insertMentions } from '../graph/store/seed';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    probe: { type: 'string', default: '20' },
    batch: { type: 'string', default: '200' },
    'baseline-max': { type: 'string', default: '10000' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const PROBE = Number(values.probe);
const BATCH = Number(values.batch);
const BASELINE_MAX = Number(values['baseline-max']);
const ROOT = join(import.meta.dirname, '..');

// A synthetic world: people with surnames, countries, proposals; sentences that name them.
const SYL = ['ka', 'lo', 'vi', 'ren', 'dar', 'mi', 'sto', 'bel', 'nor', 'tra', 'se', 'gul', 'an', 've', 'ris', 'mar', 'el', 'do', 'kin', 'sa', 'ber', 'lin', 'ha', 'zen', 'pra', 'cor', 'te', 'vas'];
const FIRST = ['Anna', 'Jonas', 'Marta', 'Pieter', 'Ilse', 'Tomas', 'Elena', 'Lukas', 'Sofia', 'Karel', 'Ingrid', 'Mateo', 'Agnes', 'Viktor', 'Oskar', 'Nadia', 'Henrik', 'Clara'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** Three or four syllables: enough distinct surnames (28⁴) for the people of a 100k-article world. */
const surname = (rng: Rng) => cap(Array.from({ length: 3 + Math.floor(rng() * 2) }, () => pick(rng, SYL)).join(''));

interface World {
  people: Entity[];
  countries: Entity[];
  proposals: Entity[];
}
function world(people: number, rng: Rng): World {
  const seen = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!seen.has(foldName(name))) return seen.add(foldName(name)), name;
    }
  };
  const entity = (type: Entity['type'], name: string, aliases: string[] = []): Entity => ({ id: `bench-${foldName(name).replace(/ /g, '-')}`, type, name, aliases });
  return {
    people: Array.from({ length: people }, () => {
      const last = unique(() => surname(rng));
      return entity('PERSON', `${pick(rng, FIRST)} ${last}`);
    }),
    countries: Array.from({ length: 60 }, () => entity('COUNTRY', `Republic of ${unique(() => cap(pick(rng, SYL) + pick(rng, SYL) + pick(rng, SYL)))}`)),
    proposals: Array.from({ length: 120 }, () => entity('PROPOSAL', `${unique(() => cap(pick(rng, SYL) + pick(rng, SYL) + 'ian'))} patrol mission`)),
  };
}

interface Sentence {
  text: string;
  claim: Claim;
  names: Array<{ entity: string; at: number; length: number }>;
}
/** ~5 KB of sentences "<Person> of <Country> said the <Country> supports the <Proposal>." */
function articleText(w: World, rng: Rng, fresh?: Entity[]): { body: string; sentences: Array<Sentence & { start: number }> } {
  const sentences: Array<Sentence & { start: number }> = [];
  let body = '';
  while (body.length < 5000) {
    const person = fresh && rng() < 0.2 ? pick(rng, fresh) : pick(rng, w.people);
    const country = pick(rng, w.countries);
    const proposal = pick(rng, w.proposals);
    const verb = rng() < 0.7 ? 'supports' : 'opposes';
    const head = `${person.name} said that ${country.name} ${verb} the `;
    const text = `${head}${proposal.name}, according to officials briefed on the talks.`;
    const start = body.length;
    sentences.push({
      text,
      start,
      claim: { type: verb === 'supports' ? 'SUPPORTS' : 'OPPOSES', source: country.id, target: proposal.id, evidence: [{ article: '', quote: text, start }] },
      names: [
        { entity: person.id, at: 0, length: person.name.length },
        { entity: country.id, at: head.indexOf(country.name), length: country.name.length },
        { entity: proposal.id, at: head.length, length: proposal.name.length },
      ],
    });
    body += `${text}\n`;
  }
  return { body, sentences };
}

/**
 * Bulk-fill the store with `n` articles, 500 per transaction, as rows the ingest path would have written. As
 * pg_restore does, the secondary indexes are dropped first and built once at the end, and the foreign-key triggers
 * are off while the rows go in (the generator only writes rows that reference rows it wrote).
 */
async function fill(db: Database, w: World, n: number, rng: Rng, keep: Article[], claims: Claim[]): Promise<void> {
  const deferred = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename IN ('articles', 'mentions', 'evidence', 'relations')
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const index of deferred) await db.query(`DROP INDEX ${index.name}`);
  // Turning triggers off needs a superuser (the embedded database's user is one); others fill with them on.
  const [{ superuser }] = await db.query<{ superuser: boolean }>('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
  const withoutTriggers = <T>(work: (tx: Sql) => Promise<T>) =>
    db.transaction(async (tx) => {
      if (superuser) await tx.query("SELECT set_config('session_replication_role', 'replica', true)");
      return work(tx);
    });
  await fillRows(withoutTriggers, w, n, rng, keep, claims);
  for (const index of deferred) await db.query(index.definition);
}

async function fillRows(transaction: Database['transaction'], w: World, n: number, rng: Rng, keep: Article[], claims: Claim[]): Promise<void> {
  const all = [...w.people, ...w.countries, ...w.proposals];
  await transaction(async (tx) => {
    await tx.query(unnestInsert('entities', [['id', 'text'], ['type', 'text'], ['name', 'text'], ['origin', 'text'], ['x', 'float8'], ['y', 'float8']], 'ON CONFLICT DO NOTHING'),
      columnsOf(all.map((e) => [e.id, e.type, e.name, 'EXTRACTED', rng() * 200 - 100, rng() * 200 - 100]), 6));
    await insertAliases(tx, all.flatMap((e) => aliasRows(e, 'EXTRACTED', null)));
  });
  for (let from = 0; from < n; from += 500) {
    const chunk = Array.from({ length: Math.min(500, n - from) }, (_, i) => {
      const id = `bench-article-${from + i}`;
      const { body, sentences } = articleText(w, rng);
      return { article: { id, title: `Bench article ${from + i}`, publishedAt: '2025-03', text: body } as Article, sentences };
    });
    const relations = new Map<string, unknown[]>();
    const evidence: unknown[][] = [];
    const mentions: unknown[][] = [];
    for (const { article, sentences } of chunk) {
      if (keep.length < BASELINE_MAX) keep.push(article);
      for (const s of sentences) {
        const id = relationId(s.claim.type, s.claim.source, s.claim.target);
        relations.set(id, [id, s.claim.type, s.claim.source, s.claim.target, true, 'UNREVIEWED']);
        evidence.push([id, article.id, s.start, s.start + s.text.length, s.text, 'EXTRACTED']);
        for (const m of s.names) mentions.push([article.id, m.entity, s.start + m.at, s.start + m.at + m.length]);
        if (claims.length < BASELINE_MAX * 30) claims.push({ ...s.claim, evidence: [{ article: article.id, quote: s.text, start: s.start }] });
      }
    }
    await transaction(async (tx) => {
      await insertArticles(tx, chunk.map((c) => c.article), 'INGEST');
      await tx.query(unnestInsert('relations', [['id', 'text'], ['type', 'text'], ['source', 'text'], ['target', 'text'], ['directed', 'bool'], ['status', 'text']], 'ON CONFLICT DO NOTHING'), columnsOf([...relations.values()], 6));
      await tx.query(unnestInsert('evidence', [['relation_id', 'text'], ['article_id', 'text'], ['start_offset', 'int4'], ['end_offset', 'int4'], ['quote', 'text'], ['origin', 'text']], 'ON CONFLICT DO NOTHING'), columnsOf(evidence, 6));
      await insertMentions(tx, mentions);
    });
    if ((from / 500) % 20 === 19) process.stderr.write(`  filled ${from + 500}/${n}\n`);
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

async function scratchDatabase(): Promise<{ url?: string; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return { drop: async () => {} };
  const name = `bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const NEWS_DIR = join(ROOT, 'data', 'eval', 'realistic', 'articles');
const pagesIn = (dir: string, prefix: string): Article[] =>
  readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ ...parseArticle(readFileSync(join(dir, f), 'utf8'), f), id: `${prefix}${f.replace(/\.md$/, '')}` }));
const NEWS = pagesIn(NEWS_DIR, 'bench-news-');
// News pages for the warm-up only: the other evaluation sets' articles, never the timed ones.
const EVAL_DIR = join(ROOT, 'data', 'eval');
const WARM_NEWS = readdirSync(EVAL_DIR).filter((d) => /^realistic-\d+$/.test(d)).flatMap((d) => pagesIn(join(EVAL_DIR, d, 'articles'), 'bench-warm-'));

// The worker thread that extracts ahead: started once, as a long ingest starts it once.

const ahead = aheadExtraction();
await ahead.loaded;
const rows: string[] = [];
const warmUp = { worker: 0, writer: 0 };
const mode = process.env.DATABASE_URL ? 'server (DATABASE_URL)' : 'embedded (PGlite)';
console.log(`bench:ingest — ${mode}; ${PROBE} single ingests and a batch of ${BATCH} per size; Node ${process.version}`);
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const dataDir = join(dir, 'data');
  for (const part of ['articles', 'catalog']) cpSync(join(ROOT, 'data', part), join(dataDir, part), { recursive: true });
  const database = await scratchDatabase();
  const rng = seededRng(size);
  const w = world(Math.max(200, Math.round(size / 4)), rng);
  const kept: Article[] = [];
  const claims: Claim[] = [];
  const db = await openDatabase({ dataDir, databaseUrl: database.url });
  const fillStart = performance.now();
  await fill(db, w, size, rng, kept, claims);
  const fillMs = performance.now() - fillStart;

  // New articles: known people and some newly named ones (new entities, new aliases to back-fill).
  const fresh = Array.from({ length: PROBE + 2 * BATCH }, () => ({ id: '', type: 'PERSON' as const, name: `${pick(rng, FIRST)} ${surname(rng)}son`, aliases: [] }));
  const newArticle = (i: number): Article => ({ id: `bench-new-${i}`, title: `New bench article ${i}`, publishedAt: '2025-04', text: articleText(w, rng, fresh).body });
  // Warm-up (JIT, the database's caches), then one article at a time; the embedded database runs in this
  // process, so its CPU time is the cost whatever else the machine is doing (wall time is printed beside it).
  for (let i = 0; i < 10; i++) await ingestArticle(db, newArticle(-1 - i), 'bench');
  const single: number[] = [];
  const singleCpu: number[] = [];
  for (let i = 0; i < PROBE; i++) {
    const a = newArticle(i);
    const [t, c] = [performance.now(), cpuMs()];
    await ingestArticle(db, a, 'bench');
    single.push(performance.now() - t);
    singleCpu.push(cpuMs() - c);
  }
  single.sort((a, b) => a - b);
  singleCpu.sort((a, b) => a - b);
  // As `npm run ingest` sends them: groups of 25 articles per transaction, each extracted in place, and then (new
  // articles again) with each next group extracted ahead on the worker thread while the group before it is written.
  const batch = async (articles: Article[], withAhead: boolean) => {
    const [start, cpu] = [performance.now(), cpuMs()];
    for (let i = 0; i < articles.length; i += 25) await ingestArticles(db, articles.slice(i, i + 25), 'bench', withAhead ? { ahead, next: articles.slice(i + 25, i + 50) } : {});
    return `${(articles.length / ((cpuMs() - cpu) / 1000)).toFixed(0)} (${(articles.length / ((performance.now() - start) / 1000)).toFixed(0)})`;
  };
  const dense = (from: number) => Array.from({ length: BATCH }, (_, k) => newArticle(PROBE + from + k));
  // Untimed warm-up of both extractors, this thread's and the worker's, until steady: V8 optimises the extractor over
  // its first few hundred articles (see bench:extract), and the first size's batches otherwise paid for it. On both
  // kinds of text the bench times: dense synthetic articles, and news pages other than the timed ones (the other
  // evaluation sets'), whose wording runs code the synthetic text never reaches. Extraction only, so the store keeps
  // its size.
  if (size === SIZES[0]) {
    const warm = [...Array.from({ length: 300 }, (_, k) => newArticle(-1000 - k)), ...WARM_NEWS, ...WARM_NEWS, ...WARM_NEWS];
    const known = [...loadCatalog(join(ROOT, 'data', 'catalog')).entities, ...w.people, ...w.countries, ...w.proposals];
    const extract = createExtractor(known);
    for (const a of warm) extract(a);
    ahead.prepare(warm, known);
    await ahead.take(warm, known);
    Object.assign(warmUp, ahead.counts);
  }
  const denseInPlace = await batch(dense(0), false);
  const denseAhead = await batch(dense(BATCH), true);
  // The synthetic articles are dense (a relation in every sentence); news is not. The same batch of the realistic
  // evaluation articles (news-like pages, 3 KB and ~20 extracted relations each), each under a fresh id, four times.
  const news = (from: number) => Array.from({ length: 4 }, (_, round) => NEWS.map((a) => ({ ...a, id: `${a.id}-${from + round}` }))).flat();
  const newsInPlace = await batch(news(0), false);
  const newsAhead = await batch(news(4), true);
  await db.close();
  await database.drop();

  // The design this replaced: every ingest re-read every article and rebuilt the whole graph and graph.json.
  let baseline = 'not run (over --baseline-max)';
  if (size <= BASELINE_MAX) {
    const catalog = loadCatalog(join(ROOT, 'data', 'catalog'));
    const articles = [...readArticles(join(ROOT, 'data', 'articles')), ...kept];
    const entities = [...catalog.entities, ...w.people, ...w.countries, ...w.proposals];
    const [t, c] = [performance.now(), cpuMs()];
    try {
      serializeGraph(buildGraph(articles, { entities, claims: [...catalog.claims, ...claims] }));
      baseline = `${fmt(cpuMs() - c)} (${fmt(performance.now() - t)})`;
    } catch (error) {
      baseline = `failed: ${(error as Error).message.slice(0, 60)}`;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const row = `| ${size.toLocaleString('en')} | ${fmt(quantile(singleCpu, 0.5))} (${fmt(quantile(single, 0.5))}) | ${fmt(quantile(singleCpu, 0.95))} (${fmt(quantile(single, 0.95))}) | ${denseInPlace} | ${denseAhead} | ${newsInPlace} | ${newsAhead} | ${baseline} | ${fmt(fillMs)} |`;
  rows.push(row);
  console.log(row);
}
console.log(`\n${mode}: CPU time of this process (wall time in brackets)`);
console.log('| articles in store | one article: median | p95 | batch articles/s | batch, extraction ahead | news-like batch articles/s | news-like, extraction ahead | whole rebuild (replaced design), per ingest | fill time |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(`With extraction ahead, articles extracted by the worker thread: ${ahead.counts.worker - warmUp.worker}; by the writer, once its group was written: ${ahead.counts.writer - warmUp.writer} (warm-up left out).`);
await ahead.close();
