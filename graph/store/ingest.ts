// Ingest one article: extract it against the entities it can name (found through the alias index, not by scanning
// the corpus), then write the article, its entities, relations, evidence, mentions and history in one transaction.
// Work grows with the article, not the corpus: the only corpus-wide look-ups go through indexes.
import { createHash } from 'node:crypto';
import { mentionMatcher } from '../mentions';
import { relationId } from '../relation-id';
import { foldName } from '../slug';
import type { Article, Entity, Evidence, RelationType } from '../types';
import { isDirected } from '../types';
import { createExtractor } from '../extract/pipeline';
import type { Database, Sql } from './driver';
import { aliasRows, insertAliases, keyWord, wordsOf } from './aliases';
import { bumpVersion, record } from './history';
import { columnsOf, evidenceValues, unnestInsert } from './rows';
import { insertArticles, insertMentions, WRITE_LOCK } from './seed';
import { checkArticle } from './validate';

export interface IngestResult {
  id: string;
  outcome: 'ADDED' | 'UNCHANGED';
  /** Entities created or given new aliases. */
  entities: number;
  /** Relations created or given new evidence. */
  relations: number;
}

/** A new alias is looked for in at most this many older articles (through the full-text index). */
const BACKFILL_LIMIT = 1000;

export interface IngestOptions {
  /** Tests: kill this process (SIGKILL) after this many statements of the transaction, to prove a crash loses nothing. */
  crashAfterStatements?: number;
}

export async function ingestArticle(db: Database, article: Article, actor: string, options: IngestOptions = {}): Promise<IngestResult> {
  checkArticle(article);
  return db.transaction(async (raw) => {
    const tx = options.crashAfterStatements === undefined ? raw : crashing(raw, options.crashAfterStatements);
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const [have] = await tx.query<{ body: string }>('SELECT body FROM articles WHERE id = $1', [article.id]);
    if (have) {
      if (have.body !== article.text) throw new Error(`an article with id "${article.id}" already exists with different text; give the new one its own \`id\` in front matter`);
      await tx.query("INSERT INTO ingest_log (actor, article_id, outcome, entities, relations) VALUES ($1, $2, 'UNCHANGED', 0, 0)", [actor, article.id]);
      return { id: article.id, outcome: 'UNCHANGED', entities: 0, relations: 0 };
    }
    await insertArticles(tx, [article], 'INGEST');

    const known = await entitiesNamedIn(tx, article.text);
    const extraction = createExtractor(known)(article);
    const byId = new Map(known.map((e) => [e.id, e]));
    // Extracted ids the extractor invented that already exist (gazetteer countries, earlier articles' entities).
    const missing = extraction.entities.map((e) => e.id).filter((id) => !byId.has(id));
    for (const e of await loadEntities(tx, await resolveIds(tx, missing))) byId.set(e.id, e);
    const redirects = await redirectMap(tx, missing);

    const owners = await aliasOwners(tx, extraction.entities.flatMap((e) => [e.name, ...e.aliases].map(foldName)));
    const mapped = new Map<string, string>();
    const created: Entity[] = [];
    const newAliases: unknown[][] = [];
    for (const e of extraction.entities) {
      const id = redirects.get(e.id) ?? e.id;
      let entity = byId.get(id);
      if (!entity) {
        const owner = owners.get(foldName(e.name));
        if (owner && owner !== id) {
          mapped.set(e.id, owner);
          continue;
        }
        entity = { id, type: e.type, name: e.name, aliases: [] };
        created.push(entity);
        byId.set(id, entity);
        owners.set(foldName(e.name), id);
      }
      mapped.set(e.id, entity.id);
      const fresh = e.aliases.filter((a) => {
        const key = foldName(a);
        if (!key || owners.has(key)) return false;
        owners.set(key, entity!.id);
        return true;
      });
      if (fresh.length && !created.includes(entity)) newAliases.push(...aliasRows({ ...entity, aliases: fresh }, 'EXTRACTED', article.id, 1000 + entity.aliases.length));
      entity.aliases.push(...fresh);
    }
    const end = (id: string) => mapped.get(id) ?? redirects.get(id) ?? id;

    const relations: Array<{ id: string; type: RelationType; source: string; target: string; role?: string; qualifier?: string; context?: string; confidence?: number; evidence: Evidence[] }> = [];
    for (const r of extraction.relations) {
      const [source, target] = [end(r.source), end(r.target)];
      if (source === target || !byId.has(source) || !byId.has(target)) continue;
      const id = relationId(r.type, source, target);
      const [s, t] = isDirected(r.type) ? [source, target] : [source, target].sort();
      const evidence = r.evidence.map((e) => verified(article, e as Evidence));
      const same = relations.find((x) => x.id === id);
      if (same) same.evidence.push(...evidence);
      else relations.push({ id, type: r.type, source: s, target: t, role: r.role, qualifier: r.qualifier, context: (r as { context?: string }).context, confidence: (r as { confidence?: number }).confidence, evidence });
    }

    // New entities start beside their neighbours; the full ForceAtlas2 relayout runs later, off the ingest path.
    const positions = await placeNear(tx, created, relations);
    if (created.length) {
      await tx.query(
        unnestInsert('entities', [['id', 'text'], ['type', 'text'], ['name', 'text'], ['origin', 'text'], ['article_id', 'text'], ['x', 'float8'], ['y', 'float8']], 'ON CONFLICT (id) DO NOTHING'),
        columnsOf(created.map((e) => [e.id, e.type, e.name, 'EXTRACTED', article.id, positions.get(e.id)!.x, positions.get(e.id)!.y]), 7),
      );
      await insertAliases(tx, created.flatMap((e) => aliasRows(e, 'EXTRACTED', article.id)));
    }
    await insertAliases(tx, newAliases);

    const inserted = relations.length
      ? new Set(
          (await tx.query<{ id: string }>(
            unnestInsert('relations', [['id', 'text'], ['type', 'text'], ['source', 'text'], ['target', 'text'], ['directed', 'bool'], ['role', 'text'], ['qualifier', 'text'], ['context', 'text'], ['status', 'text'], ['confidence', 'float4']], 'ON CONFLICT (id) DO NOTHING RETURNING id'),
            columnsOf(relations.map((r) => [r.id, r.type, r.source, r.target, isDirected(r.type), r.role ?? null, r.qualifier ?? null, r.context ?? null, 'UNREVIEWED', r.confidence ?? null]), 10),
          )).map((r) => r.id),
        )
      : new Set<string>();
    const evidence = relations.flatMap((r) => r.evidence.map((e) => [...evidenceValues(r.id, e), 'EXTRACTED']));
    if (evidence.length) {
      await tx.query(
        unnestInsert('evidence', [['relation_id', 'text'], ['article_id', 'text'], ['start_offset', 'int4'], ['end_offset', 'int4'], ['quote', 'text'], ['stated_date', 'text'], ['stated_precision', 'text'], ['stated_source', 'text'], ['origin', 'text']], 'ON CONFLICT DO NOTHING'),
        columnsOf(evidence, 9),
      );
    }

    const named = [...byId.values()].filter((e) => e.type !== 'EVENT' || known.includes(e));
    await insertMentions(tx, mentionMatcher(named).find(article.text).map((m) => [article.id, m.entity, m.start, m.end]));
    await backfillMentions(tx, article.id, [...created, ...groupAliases(newAliases)]);

    const history: unknown[][] = [
      [actor, 'INGEST', 'ARTICLE', article.id, null, JSON.stringify({ title: article.title, outlet: article.outlet ?? null, url: article.url ?? null })],
      ...created.map((e) => [actor, 'CREATE', 'ENTITY', e.id, null, JSON.stringify({ type: e.type, name: e.name, aliases: e.aliases, article: article.id })]),
      ...groupAliases(newAliases).map((e) => [actor, 'ADD_ALIASES', 'ENTITY', e.id, null, JSON.stringify({ aliases: e.aliases, article: article.id })]),
      ...relations.map((r) => [actor, inserted.has(r.id) ? 'CREATE' : 'ADD_EVIDENCE', 'RELATION', r.id, null, JSON.stringify({ status: 'UNREVIEWED', evidence: r.evidence.map((e) => ({ article: e.article, start: e.start, end: e.end })) })]),
    ];
    await tx.query(unnestInsert('history', [['actor', 'text'], ['action', 'text'], ['subject_kind', 'text'], ['subject_id', 'text'], ['before', 'jsonb'], ['after', 'jsonb']]), columnsOf(history, 6));
    const changed = created.length + groupAliases(newAliases).length;
    await tx.query("INSERT INTO ingest_log (actor, article_id, outcome, entities, relations) VALUES ($1, $2, 'ADDED', $3, $4)", [actor, article.id, changed, relations.length]);
    await bumpVersion(tx);
    return { id: article.id, outcome: 'ADDED', entities: changed, relations: relations.length };
  });
}

function verified(article: Article, e: Evidence): Evidence {
  if (article.text.slice(e.start, e.end) !== e.quote) throw new Error(`internal: evidence at ${article.id}:${e.start} is not the article's text there`);
  return e;
}

function groupAliases(rows: unknown[][]): Entity[] {
  const byEntity = new Map<string, string[]>();
  for (const [id, alias] of rows as Array<[string, string]>) byEntity.set(id, [...(byEntity.get(id) ?? []), alias]);
  return [...byEntity].map(([id, aliases]) => ({ id, type: 'PERSON', name: aliases[0], aliases: aliases.slice(1) }));
}

/** Entities an article can name: those with an alias whose longest word is in the text, through the key-word index. */
export async function entitiesNamedIn(tx: Sql, text: string): Promise<Entity[]> {
  const rows = await tx.query<{ entity_id: string }>('SELECT DISTINCT entity_id FROM aliases WHERE key_word = ANY($1::text[])', [wordsOf(text)]);
  return loadEntities(tx, rows.map((r) => r.entity_id));
}

async function loadEntities(tx: Sql, ids: string[]): Promise<Entity[]> {
  if (!ids.length) return [];
  const rows = await tx.query<{ id: string; type: Entity['type']; name: string; aliases: string[] | null }>(
    `SELECT e.id, e.type, e.name, array_agg(a.alias ORDER BY a.ord) FILTER (WHERE a.ord > 0) AS aliases
       FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id WHERE e.id = ANY($1::text[]) GROUP BY e.id ORDER BY e.id`,
    [ids],
  );
  return rows.map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: r.aliases ?? [] }));
}

async function resolveIds(tx: Sql, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1::text[]) UNION SELECT entity_id FROM redirects WHERE old_id = ANY($1::text[])', [ids]);
  return rows.map((r) => r.id);
}

async function redirectMap(tx: Sql, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.query<{ old_id: string; entity_id: string }>('SELECT old_id, entity_id FROM redirects WHERE old_id = ANY($1::text[])', [ids]);
  return new Map(rows.map((r) => [r.old_id, r.entity_id]));
}

async function aliasOwners(tx: Sql, folded: string[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ folded: string; entity_id: string }>('SELECT DISTINCT ON (folded) folded, entity_id FROM aliases WHERE folded = ANY($1::text[]) ORDER BY folded, entity_id', [[...new Set(folded)]]);
  return new Map(rows.map((r) => [r.folded, r.entity_id]));
}

/** A deterministic point near the mean of an entity's known neighbours (or near the centre when it has none). */
async function placeNear(tx: Sql, created: Entity[], relations: ReadonlyArray<{ source: string; target: string }>): Promise<Map<string, { x: number; y: number }>> {
  const ids = new Set(created.map((e) => e.id));
  const neighbours = new Map<string, string[]>();
  for (const r of relations) {
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) if (ids.has(a) && !ids.has(b)) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  }
  const wanted = [...new Set([...neighbours.values()].flat())];
  const rows = wanted.length ? await tx.query<{ id: string; x: number; y: number }>('SELECT id, x, y FROM entities WHERE id = ANY($1::text[])', [wanted]) : [];
  const at = new Map(rows.map((r) => [r.id, r]));
  const positions = new Map<string, { x: number; y: number }>();
  for (const e of created) {
    const near = (neighbours.get(e.id) ?? []).map((id) => at.get(id)).filter((p) => p !== undefined);
    const cx = near.length ? near.reduce((s, p) => s + p.x, 0) / near.length : 0;
    const cy = near.length ? near.reduce((s, p) => s + p.y, 0) / near.length : 0;
    const h = createHash('sha1').update(e.id).digest();
    const angle = (h.readUInt16BE(0) / 65536) * 2 * Math.PI;
    const radius = (near.length ? 3 : 20) + (h.readUInt16BE(2) / 65536) * 5;
    positions.set(e.id, { x: Math.round((cx + radius * Math.cos(angle)) * 1000) / 1000, y: Math.round((cy + radius * Math.sin(angle)) * 1000) / 1000 });
  }
  return positions;
}

/**
 * Mentions of new names in older articles: one full-text query finds the articles that contain any of the names
 * (through the GIN index), the matcher places them, and none overlaps a mention already there.
 */
async function backfillMentions(tx: Sql, except: string, entities: Entity[]): Promise<void> {
  const names = entities.flatMap((e) => [e.name, ...e.aliases].filter((alias) => keyWord(foldName(alias))));
  if (!names.length) return;
  const articles = await tx.query<{ id: string; body: string; taken: Array<[number, number]> | null }>(
    `SELECT a.id, a.body, (SELECT array_agg(ARRAY[m.start_offset, m.end_offset]) FROM mentions m WHERE m.article_id = a.id) AS taken
       FROM articles a
      WHERE a.id <> $1
        AND a.words @@ (SELECT string_agg('(' || q::text || ')', ' | ')::tsquery
                          FROM unnest($2::text[]) AS name, phraseto_tsquery('simple', name) AS q WHERE q::text <> '')
      LIMIT ${BACKFILL_LIMIT}`,
    [except, names],
  );
  if (!articles.length) return;
  const matcher = mentionMatcher(entities);
  const rows = articles.flatMap((a) =>
    matcher
      .find(a.body)
      .filter((m) => !(a.taken ?? []).some(([s, e]) => s < m.end && m.start < e))
      .map((m) => [a.id, m.entity, m.start, m.end]),
  );
  await insertMentions(tx, rows);
}

/** Counts the transaction's statements and kills the process at the given one: a real crash, mid-transaction. */
function crashing(tx: Sql, after: number): Sql {
  let count = 0;
  return {
    query(text, params) {
      if (++count > after) process.kill(process.pid, 'SIGKILL');
      return tx.query(text, params);
    },
  };
}
