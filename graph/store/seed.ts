// Imports the curated seed (data/articles, data/catalog, and data/extracted from file-based ingests) into the store:
// idempotent, in one transaction, skipped when the seed has not changed since the last import.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../build';
import { loadCatalog, type Catalog } from '../catalog';
import { dataPaths, readArticles } from '../data-dir';
import { locateQuote } from '../evidence';
import { loadExtracted, mergeExtracted } from '../extract/store';
import { relationId } from '../relation-id';
import type { Article, Entity } from '../types';
import type { Database, Sql } from './driver';
import { aliasRows, insertAliases } from './aliases';
import { bumpVersion, record } from './history';
import { columnsOf, evidenceValues, unnestInsert } from './rows';
import { applyReviews } from './reviews-file';

const seedFiles = (dataDir: string) => {
  const paths = dataPaths(dataDir);
  const list = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : []);
  return [...list(paths.articles, '.md'), ...list(paths.catalog, '.yaml'), ...list(paths.extracted, '.yaml')];
};

/** A hash of every seed file's name and bytes: the import runs again only when one of them changed. */
export function seedHash(dataDir: string): string {
  const hash = createHash('sha256');
  for (const file of seedFiles(dataDir)) hash.update(file.slice(dataDir.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export interface SeedReport {
  imported: boolean;
  articles: number;
  entities: number;
  relations: number;
}

/** Import the seed in `dataDir` unless the store already holds exactly this seed. Throws a DataError naming what breaks the model. */
export async function importSeed(db: Database, dataDir: string, actor = 'seed'): Promise<SeedReport> {
  const hash = seedHash(dataDir);
  const [state] = await db.query<{ seed_hash: string | null }>('SELECT seed_hash FROM store_state WHERE id = 1');
  if (state.seed_hash === hash) return { imported: false, articles: 0, entities: 0, relations: 0 };

  const paths = dataPaths(dataDir);
  const articles = readArticles(paths.articles);
  const curated = loadCatalog(paths.catalog);
  const extracted = existsSync(paths.extracted)
    ? readdirSync(paths.extracted).filter((f) => f.endsWith('.yaml')).sort().map((f) => f.replace(/\.yaml$/, ''))
    : [];
  const extractedFiles = loadExtracted(paths.extracted);
  const foundIn = new Map<string, string>();
  extractedFiles.forEach((file, i) => file.entities.forEach((e) => foundIn.has(e.id) || foundIn.set(e.id, extracted[i])));
  const catalog = mergeExtracted(curated, extractedFiles);
  // Validates every entity, claim and quote, and lays out the seed graph deterministically.
  const graph = buildGraph(articles, catalog);
  const origin = (id: string) => (curated.entities.some((e) => e.id === id) ? 'CURATED' : 'EXTRACTED');

  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    await insertArticles(tx, articles, 'SEED');
    // In catalog order: the order entities.yaml is written back in.
    const entities = catalog.entities;
    await tx.query(
      unnestInsert('entities', [['id', 'text'], ['type', 'text'], ['name', 'text'], ['description', 'text'], ['same_as', 'jsonb'], ['date', 'text'], ['origin', 'text'], ['article_id', 'text'], ['x', 'float8'], ['y', 'float8']],
        `ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name, description = EXCLUDED.description,
         same_as = EXCLUDED.same_as, date = EXCLUDED.date, origin = EXCLUDED.origin WHERE EXCLUDED.origin = 'CURATED'`),
      columnsOf(
        entities.map((e) => [e.id, e.type, e.name, e.description ?? null, e.sameAs ? JSON.stringify(e.sameAs) : null, e.date ?? null, origin(e.id), origin(e.id) === 'CURATED' ? null : (foundIn.get(e.id) ?? null), graph.getNodeAttribute(e.id, 'x'), graph.getNodeAttribute(e.id, 'y')]),
        10,
      ),
    );
    await insertAliases(tx, entities.flatMap((e) => aliasRows(e, origin(e.id), origin(e.id) === 'CURATED' ? null : (foundIn.get(e.id) ?? null))));
    const redirects = entities.flatMap((e) => (e.formerIds ?? []).map((old, i) => [old, e.id, i]));
    if (redirects.length) await tx.query(unnestInsert('redirects', [['old_id', 'text'], ['entity_id', 'text'], ['ord', 'int4']], 'ON CONFLICT (old_id) DO UPDATE SET entity_id = EXCLUDED.entity_id'), columnsOf(redirects, 3));

    const relations = await insertClaims(tx, catalog, articles, graph, curated.claims.length);
    await insertMentions(tx, graph.getAttribute('articles').flatMap((a) => a.mentions.map((m) => [a.id, m.entity, m.start, m.end])));
    await applyReviews(tx, paths.catalog);
    await tx.query('UPDATE store_state SET seed_hash = $1 WHERE id = 1', [hash]);
    await record(tx, actor, 'IMPORT', 'SEED', dataDir.split('/').pop() ?? 'data', null, { articles: articles.length, entities: entities.length, relations, extracted });
    await bumpVersion(tx);
    return { imported: true, articles: articles.length, entities: entities.length, relations };
  });
}

/** Ingests and seed imports take this transaction-scoped lock, so resolution always sees every earlier write. */
export const WRITE_LOCK = 7_310_002;

export async function insertArticles(tx: Sql, articles: readonly Article[], origin: 'SEED' | 'INGEST'): Promise<void> {
  if (!articles.length) return;
  await tx.query(
    unnestInsert('articles', [['id', 'text'], ['title', 'text'], ['outlet', 'text'], ['url', 'text'], ['published_at', 'text'], ['source', 'text'], ['body', 'text'], ['origin', 'text']], 'ON CONFLICT (id) DO NOTHING'),
    columnsOf(articles.map((a) => [a.id, a.title, a.outlet ?? null, a.url ?? null, a.publishedAt ?? null, a.source ?? null, a.text, origin]), 8),
  );
}

export async function insertMentions(tx: Sql, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  await tx.query(unnestInsert('mentions', [['article_id', 'text'], ['entity_id', 'text'], ['start_offset', 'int4'], ['end_offset', 'int4']], 'ON CONFLICT DO NOTHING'), columnsOf(rows, 4));
}

/** Curated claims become CURATED relations with their evidence in claims.yaml order; extracted ones UNREVIEWED. */
async function insertClaims(tx: Sql, catalog: Catalog, articles: readonly Article[], graph: ReturnType<typeof buildGraph>, curatedCount: number): Promise<number> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const redirects = graph.getAttribute('redirects');
  const resolve = (id: string) => redirects[id] ?? id;
  const relations: unknown[][] = [];
  const evidence: unknown[][] = [];
  const claims: unknown[][] = [];
  const seen = new Set<string>();
  catalog.claims.forEach((claim, claimOrd) => {
    const curated = claimOrd < curatedCount;
    const id = relationId(claim.type, resolve(claim.source), resolve(claim.target));
    if (curated) claims.push([claimOrd, id, claim.source, claim.target, claim.role ?? null, claim.qualifier ?? null, (claim as { context?: string }).context ?? null]);
    if (!seen.has(id)) {
      seen.add(id);
      const attr = graph.getEdgeAttributes(id);
      const [source, target] = graph.extremities(id);
      relations.push([id, claim.type, source, target, attr.directed, attr.role ?? null, attr.qualifier ?? null, attr.context ?? null, curated ? 'CURATED' : 'UNREVIEWED']);
    }
    claim.evidence.forEach((e, itemOrd) => {
      const located = graph.getEdgeAttribute(id, 'evidence').find((x) => x.article === e.article && x.quote === e.quote && (e.start === undefined || x.start === e.start))
        ?? locateQuote(byId.get(e.article)!, e.quote, e.start);
      evidence.push([...evidenceValues(id, located), curated ? 'CURATED' : 'EXTRACTED', curated ? claimOrd : null, itemOrd]);
    });
  });
  await tx.query(
    unnestInsert('relations', [['id', 'text'], ['type', 'text'], ['source', 'text'], ['target', 'text'], ['directed', 'bool'], ['role', 'text'], ['qualifier', 'text'], ['context', 'text'], ['status', 'text']],
      `ON CONFLICT (id) DO UPDATE SET status = CASE WHEN EXCLUDED.status = 'CURATED' THEN 'CURATED' ELSE relations.status END`),
    columnsOf(relations, 9),
  );
  await tx.query('DELETE FROM claims');
  await tx.query(
    unnestInsert('claims', [['ord', 'int4'], ['relation_id', 'text'], ['source', 'text'], ['target', 'text'], ['role', 'text'], ['qualifier', 'text'], ['context', 'text']]),
    columnsOf(claims, 7),
  );
  await tx.query(
    unnestInsert('evidence', [['relation_id', 'text'], ['article_id', 'text'], ['start_offset', 'int4'], ['end_offset', 'int4'], ['quote', 'text'], ['stated_date', 'text'], ['stated_precision', 'text'], ['stated_source', 'text'], ['origin', 'text'], ['claim_ord', 'int4'], ['item_ord', 'int4']],
      'ON CONFLICT (relation_id, article_id, start_offset, end_offset) DO UPDATE SET origin = EXCLUDED.origin, claim_ord = EXCLUDED.claim_ord, item_ord = EXCLUDED.item_ord'),
    columnsOf(evidence, 11),
  );
  return relations.length;
}

export type { Entity };
