// Ingest articles: extract each against the entities it can name (found through the alias index, not by scanning
// the corpus), then write articles, entities, relations, evidence, mentions and history together. A group of
// articles is one transaction, planned in memory in order (each article resolves against everything before it, as
// if ingested alone) and written with one multi-row statement per table, so a batch pays per row, not per statement.
import { createHash } from 'node:crypto';
import { mentionMatcher } from '../mentions';
import { relationId } from '../relation-id';
import { foldName } from '../slug';
import type { Article, Entity, Evidence, RelationType } from '../types';
import { isDirected } from '../types';
import { createExtractor } from '../extract/pipeline';
import type { AheadExtraction, PreparedExtraction } from '../extract/ahead';
import type { Database, Sql } from './driver';
import { aliasRows, insertAliases, keyWord, wordsOf } from './aliases';
import { bumpVersion } from './history';
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

export interface IngestOptions {
  /** Tests: kill this process (SIGKILL) after this many statements of the transaction, to prove a crash loses nothing. */
  crashAfterStatements?: number;
  /** Extraction on another thread: this group's, if prepared, and the next group's, started while this one writes. */
  ahead?: AheadExtraction;
  /** The group that will be ingested after this one. */
  next?: readonly Article[];
}

/** A new alias is looked for in at most this many older articles (through the full-text index). */
const BACKFILL_LIMIT = 1000;

interface PlannedRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  role?: string;
  qualifier?: string;
  context?: string;
  confidence?: number;
  evidence: Evidence[];
}

export const ingestArticle = async (db: Database, article: Article, actor: string, options: IngestOptions = {}): Promise<IngestResult> =>
  (await ingestArticles(db, [article], actor, options))[0];

/** Ingest a group of articles in one transaction: all stored, or (on any error) none. */
export async function ingestArticles(db: Database, articles: readonly Article[], actor: string, options: IngestOptions = {}): Promise<IngestResult[]> {
  for (const article of articles) checkArticle(article);
  const ids = articles.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new Error(`the same article id twice in one batch: ${ids.find((id, i) => ids.indexOf(id) !== i)}`);
  return db.transaction(async (raw) => {
    const tx = options.crashAfterStatements === undefined ? raw : crashing(raw, options.crashAfterStatements);
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const stored = new Map((await tx.query<{ id: string; body: string }>('SELECT id, body FROM articles WHERE id = ANY($1::text[])', [ids])).map((r) => [r.id, r.body]));
    for (const a of articles) {
      if (stored.has(a.id) && stored.get(a.id) !== a.text) throw new Error(`an article with id "${a.id}" already exists with different text; give the new one its own \`id\` in front matter`);
    }
    const fresh = articles.filter((a) => !stored.has(a.id));
    const results = new Map<string, IngestResult>(articles.filter((a) => stored.has(a.id)).map((a) => [a.id, { id: a.id, outcome: 'UNCHANGED', entities: 0, relations: 0 }]));
    const log: unknown[][] = articles.filter((a) => stored.has(a.id)).map((a) => [actor, a.id, 'UNCHANGED', 0, 0]);
    if (fresh.length) await writeFresh(tx, fresh, actor, results, log, options);
    await tx.query(unnestInsert('ingest_log', [['actor', 'text'], ['article_id', 'text'], ['outcome', 'text'], ['entities', 'int4'], ['relations', 'int4']]), columnsOf(log, 5));
    return articles.map((a) => results.get(a.id)!);
  });
}

async function writeFresh(tx: Sql, articles: Article[], actor: string, results: Map<string, IngestResult>, log: unknown[][], options: IngestOptions): Promise<void> {
  await insertArticles(tx, articles, 'INGEST');
  // What the group can name: candidates by key word, then whatever ids the extractor invents that already exist.
  const known = await entitiesNamedIn(tx, articles.map((a) => a.text).join('\n'));
  const byId = new Map(known.map((e) => [e.id, e]));
  // Built only when something is extracted here (a prepared group needs none).
  let extractor: ReturnType<typeof createExtractor> | undefined;
  const extract = (article: Article) => (extractor ??= createExtractor(known))(article);
  const plans: Array<{ article: Article; created: Entity[]; aliases: unknown[][]; relations: PlannedRelation[]; mentions: unknown[][] }> = [];
  const redirects = new Map<string, string>();
  const owners = new Map<string, string>();
  const looked = new Set<string>();
  /** Ids and names the extractor produced that this group has not looked up yet: three queries, whatever their number. */
  const lookUp = async (found: ReturnType<typeof extract>['entities']) => {
    const unseen = [...new Set(found.map((e) => e.id))].filter((id) => !byId.has(id) && !looked.has(`id:${id}`));
    const names = [...new Set(found.flatMap((e) => [e.name, ...e.aliases].map(foldName)))].filter((k) => !owners.has(k) && !looked.has(`name:${k}`));
    unseen.forEach((id) => looked.add(`id:${id}`));
    names.forEach((k) => looked.add(`name:${k}`));
    for (const e of await loadEntities(tx, await resolveIds(tx, unseen))) byId.set(e.id, e);
    for (const [from, to] of await redirectMap(tx, unseen)) redirects.set(from, to);
    for (const [k, id] of await aliasOwners(tx, names)) owners.set(k, id);
  };
  // Extracted by another thread and this one together (ahead, while the previous group was written, or now), or here.
  const prepared = await options.ahead?.take(articles, known);
  const first: PreparedExtraction[] = prepared ?? articles.map((a) => extract(a));
  await lookUp(first.flatMap((x) => x.entities));
  let createdSoFar: Entity[] = [];
  let createdMatcher: ReturnType<typeof mentionMatcher> | undefined;
  let names: { size: number; matcher: ReturnType<typeof mentionMatcher> } | undefined;

  let extractorStale = false;
  for (const [i, article] of articles.entries()) {
    // Extracted again only when it names an entity an earlier article of the group created, by an extractor that
    // knows them (rebuilt only then: most groups never need it).
    const stale = createdMatcher !== undefined && createdMatcher.find(article.text).length > 0;
    if (stale && extractorStale) [extractor, extractorStale] = [createExtractor([...byId.values()]), false];
    const extraction = stale ? extract(article) : first[i];
    await lookUp(extraction.entities);
    const mapped = new Map<string, string>();
    const created: Entity[] = [];
    const aliases: unknown[][] = [];
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
      const extra = e.aliases.filter((a) => {
        const key = foldName(a);
        if (!key || owners.has(key)) return false;
        owners.set(key, entity!.id);
        return true;
      });
      if (extra.length && !created.includes(entity)) aliases.push(...aliasRows({ ...entity, aliases: extra }, 'EXTRACTED', article.id, 1000 + entity.aliases.length));
      entity.aliases.push(...extra);
    }
    const end = (id: string) => mapped.get(id) ?? redirects.get(id) ?? id;
    const relations: PlannedRelation[] = [];
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
    if (names?.size !== byId.size) names = { size: byId.size, matcher: mentionMatcher([...byId.values()].filter((e) => e.type !== 'EVENT' || known.includes(e))) };
    const mentions = names.matcher.find(article.text).map((m) => [article.id, m.entity, m.start, m.end]);
    plans.push({ article, created, aliases, relations, mentions });
    // Later articles of the group resolve against what this one created, as they would one at a time.
    if (created.length) {
      extractorStale = true;
      createdSoFar = [...createdSoFar, ...created];
      createdMatcher = mentionMatcher(createdSoFar);
    }
  }

  const created = plans.flatMap((p) => p.created.map((e) => ({ entity: e, article: p.article.id })));
  const positions = await placeNear(tx, created.map((c) => c.entity), plans.flatMap((p) => p.relations));
  if (created.length) {
    await tx.query(
      unnestInsert('entities', [['id', 'text'], ['type', 'text'], ['name', 'text'], ['origin', 'text'], ['article_id', 'text'], ['x', 'float8'], ['y', 'float8']], 'ON CONFLICT (id) DO NOTHING'),
      columnsOf(created.map(({ entity: e, article }) => [e.id, e.type, e.name, 'EXTRACTED', article, positions.get(e.id)!.x, positions.get(e.id)!.y]), 7),
    );
  }
  await insertAliases(tx, [...created.flatMap(({ entity, article }) => aliasRows(entity, 'EXTRACTED', article)), ...plans.flatMap((p) => p.aliases)]);
  // Placed, not laid out: counted towards the next full layout (relayout-job.ts).
  if (created.length) await tx.query('UPDATE store_state SET placed_since_layout = placed_since_layout + $1 WHERE id = 1', [created.length]);
  // The next group can name what this one created: its entities are read now, and it is extracted while this one's
  // relations, evidence and mentions are written.
  if (options.ahead && options.next?.length) options.ahead.prepare(options.next, await entitiesNamedIn(tx, options.next.map((a) => a.text).join('\n')));

  // One relation row per id across the group (the first article's fields), every article's evidence.
  const relationRows = new Map<string, unknown[]>();
  for (const p of plans) {
    for (const r of p.relations) if (!relationRows.has(r.id)) relationRows.set(r.id, [r.id, r.type, r.source, r.target, isDirected(r.type), r.role ?? null, r.qualifier ?? null, r.context ?? null, 'UNREVIEWED', r.confidence ?? null]);
  }
  const inserted = relationRows.size
    ? new Set(
        (await tx.query<{ id: string }>(
          unnestInsert('relations', [['id', 'text'], ['type', 'text'], ['source', 'text'], ['target', 'text'], ['directed', 'bool'], ['role', 'text'], ['qualifier', 'text'], ['context', 'text'], ['status', 'text'], ['confidence', 'float4']], 'ON CONFLICT (id) DO NOTHING RETURNING id'),
          columnsOf([...relationRows.values()], 10),
        )).map((r) => r.id),
      )
    : new Set<string>();
  const evidence = plans.flatMap((p) => p.relations.flatMap((r) => r.evidence.map((e) => [...evidenceValues(r.id, e), 'EXTRACTED'])));
  if (evidence.length) {
    await tx.query(
      unnestInsert('evidence', [['relation_id', 'text'], ['article_id', 'text'], ['start_offset', 'int4'], ['end_offset', 'int4'], ['quote', 'text'], ['stated_date', 'text'], ['stated_precision', 'text'], ['stated_source', 'text'], ['origin', 'text']], 'ON CONFLICT DO NOTHING'),
      columnsOf(evidence, 9),
    );
  }
  await insertMentions(tx, plans.flatMap((p) => p.mentions));
  await backfillMentions(tx, [...created.map((c) => c.entity), ...plans.flatMap((p) => groupAliases(p.aliases))]);

  const history: unknown[][] = [];
  const created_in_group = new Set<string>();
  for (const p of plans) {
    const extended = groupAliases(p.aliases);
    history.push(
      [actor, 'INGEST', 'ARTICLE', p.article.id, null, JSON.stringify({ title: p.article.title, outlet: p.article.outlet ?? null, url: p.article.url ?? null })],
      ...p.created.map((e) => [actor, 'CREATE', 'ENTITY', e.id, null, JSON.stringify({ type: e.type, name: e.name, aliases: e.aliases, article: p.article.id })]),
      ...extended.map((e) => [actor, 'ADD_ALIASES', 'ENTITY', e.id, null, JSON.stringify({ aliases: [e.name, ...e.aliases], article: p.article.id })]),
      ...p.relations.map((r) => {
        const creates = inserted.has(r.id) && !created_in_group.has(r.id);
        created_in_group.add(r.id);
        return [actor, creates ? 'CREATE' : 'ADD_EVIDENCE', 'RELATION', r.id, null, JSON.stringify({ status: 'UNREVIEWED', evidence: r.evidence.map((e) => ({ article: e.article, start: e.start, end: e.end })) })];
      }),
    );
    const changed = p.created.length + extended.length;
    results.set(p.article.id, { id: p.article.id, outcome: 'ADDED', entities: changed, relations: p.relations.length });
    log.push([actor, p.article.id, 'ADDED', changed, p.relations.length]);
  }
  await tx.query(unnestInsert('history', [['actor', 'text'], ['action', 'text'], ['subject_kind', 'text'], ['subject_id', 'text'], ['before', 'jsonb'], ['after', 'jsonb']]), columnsOf(history, 6));
  await bumpVersion(tx);
}

function verified(article: Article, e: Evidence): Evidence {
  if (article.text.slice(e.start, e.end) !== e.quote) throw new Error(`internal: evidence at ${article.id}:${e.start} is not the article's text there`);
  return e;
}

/** Alias rows (entity, alias, …) → one entity per id holding the new aliases (name = the first). */
function groupAliases(rows: unknown[][]): Entity[] {
  const byEntity = new Map<string, string[]>();
  for (const [id, alias] of rows as Array<[string, string]>) byEntity.set(id, [...(byEntity.get(id) ?? []), alias]);
  return [...byEntity].map(([id, aliases]) => ({ id, type: 'PERSON', name: aliases[0], aliases: aliases.slice(1) }));
}

/** Entities a text can name: those with an alias whose longest word is in the text, through the key-word index. */
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
  if (!folded.length) return new Map();
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
 * Mentions of new names in the articles already stored (the group's own included): one full-text query finds the
 * articles that contain any of the names (a phrase query through the GIN index, which intersects each name's words
 * starting from the rarest), the matcher places them, and none overlaps a mention already there.
 */
async function backfillMentions(tx: Sql, entities: Entity[]): Promise<void> {
  const names = entities.flatMap((e) => [e.name, ...e.aliases].filter((alias) => keyWord(foldName(alias))));
  if (!names.length) return;
  // Without statistics (an embedded database is never vacuumed) the planner may read every article for a long OR
  // of phrases; the index is always the cheaper way to a few new names.
  await tx.query('SET LOCAL enable_seqscan = off');
  const articles = await tx.query<{ id: string; body: string; taken: Array<[number, number]> | null }>(
    `SELECT a.id, a.body, (SELECT array_agg(ARRAY[m.start_offset, m.end_offset]) FROM mentions m WHERE m.article_id = a.id) AS taken
       FROM articles a
      WHERE a.words @@ (SELECT string_agg('(' || q::text || ')', ' | ')::tsquery
                          FROM unnest($1::text[]) AS name, phraseto_tsquery('simple', name) AS q WHERE q::text <> '')
      LIMIT ${BACKFILL_LIMIT}`,
    [names],
  );
  await tx.query('SET LOCAL enable_seqscan = on');
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
