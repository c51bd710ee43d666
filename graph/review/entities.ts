// Entity review: rename, change type, add or remove aliases (version-checked), and merge one entity into another
// (its relations, evidence, aliases and mentions move; its id keeps resolving through the redirects table).
import { InvalidArgumentError } from '../errors';
import { relationId } from '../relation-id';
import { foldName } from '../slug';
import { ENTITY_TYPES, isDirected, type EntityType, type RelationType } from '../types';
import type { Database, Sql } from '../store/driver';
import { aliasRows, insertAliases } from '../store/aliases';
import { bumpVersion, record } from '../store/history';
import { WRITE_LOCK } from '../store/seed';
import { ConflictError } from './errors';
import { relationState, type RelationState } from './relations';

export interface EntityState {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  version: number;
}

export interface EntityPatch {
  name?: string;
  type?: EntityType;
  aliases?: string[];
}

export async function entityState(tx: Sql, id: string, lock = false): Promise<EntityState | null> {
  const [row] = await tx.query<{ id: string; type: EntityType; name: string; version: number }>(`SELECT id, type, name, version FROM entities WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) return null;
  const aliases = await tx.query<{ alias: string }>('SELECT alias FROM aliases WHERE entity_id = $1 AND ord > 0 ORDER BY ord', [id]);
  return { ...row, aliases: aliases.map((a) => a.alias) };
}

async function lockedEntity(tx: Sql, id: string, version: number | null, argument = 'id'): Promise<EntityState> {
  const current = await entityState(tx, id, true);
  if (!current) throw new InvalidArgumentError(argument, `no entity "${id}"`);
  if (version !== null && current.version !== version) throw new ConflictError(current);
  return current;
}

export async function updateEntity(db: Database, input: { id: string; version: number; name?: string | null; type?: EntityType | null; addAlias?: string | null; removeAlias?: string | null }, actor: string): Promise<EntityState> {
  const name = input.name?.trim();
  if (input.name != null && (!name || name.length > 200)) throw new InvalidArgumentError('name', 'a name of 1–200 characters');
  if (input.type != null && !ENTITY_TYPES.includes(input.type)) throw new InvalidArgumentError('type', `must be one of ${ENTITY_TYPES.join(', ')}`);
  const add = input.addAlias?.trim();
  if (input.addAlias != null && (!add || add.length > 200 || !foldName(add))) throw new InvalidArgumentError('addAlias', 'an alias of 1–200 characters with a letter or digit');
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const current = await lockedEntity(tx, input.id, input.version);
    let aliases = current.aliases;
    // A renamed entity keeps its old name as an alias, so the articles that use it still find it.
    if (name && name !== current.name && !aliases.includes(current.name)) aliases = [...aliases, current.name];
    if (add && !aliases.includes(add) && add !== (name ?? current.name)) aliases = [...aliases, add];
    if (input.removeAlias != null) {
      if (!aliases.includes(input.removeAlias)) throw new InvalidArgumentError('removeAlias', `"${input.removeAlias}" is not an alias of ${current.id}`);
      aliases = aliases.filter((a) => a !== input.removeAlias);
    }
    return applyEntity(tx, current, { name: name ?? current.name, type: input.type ?? current.type, aliases: aliases.filter((a) => a !== (name ?? current.name)) }, actor, 'UPDATE');
  });
}

/** Write name, type and aliases over `current`, record it, bump versions. Inside a transaction holding the write lock. */
export async function applyEntity(tx: Sql, current: EntityState, patch: EntityPatch, actor: string, action: string): Promise<EntityState> {
  const next = { name: patch.name ?? current.name, type: patch.type ?? current.type, aliases: patch.aliases ?? current.aliases };
  const origins = new Map(
    (await tx.query<{ alias: string; origin: 'CURATED' | 'EXTRACTED'; article_id: string | null }>('SELECT alias, origin, article_id FROM aliases WHERE entity_id = $1', [current.id])).map((r) => [r.alias, r]),
  );
  await tx.query('DELETE FROM aliases WHERE entity_id = $1', [current.id]);
  // Kept names keep their origin; names a reviewer added count as curated.
  const rows = aliasRows({ id: current.id, name: next.name, aliases: next.aliases }, 'CURATED', null).map((row) => {
    const was = origins.get(row[1] as string);
    return was ? [...row.slice(0, 5), was.origin, was.article_id] : row;
  });
  await insertAliases(tx, rows);
  await tx.query('UPDATE entities SET name = $2, type = $3, version = version + 1 WHERE id = $1', [current.id, next.name, next.type]);
  const after = (await entityState(tx, current.id))!;
  await record(tx, actor, action, 'ENTITY', current.id, current, after);
  await bumpVersion(tx);
  return after;
}

/** A relation the merge moved: its id before and after (null: it joined the two and was dropped). */
export interface MovedRelation {
  from: string;
  to: string | null;
  /** The merge created `to` (rather than adding quotes to a relation that was there). */
  created: boolean;
  /** The quotes it brought that `to` did not already have, as [article, start, end]. */
  added: Array<[string, number, number]>;
}

/** What a split needs to put the merged entity back as it was: recorded in the merge's history row. */
export interface MergeRecord {
  entity: { description: string | null; same_as: unknown; date: string | null; origin: string; article_id: string | null; x: number; y: number };
  aliasRows: Array<[alias: string, ord: number, origin: string, article: string | null]>;
  mentions: Array<[article: string, start: number, end: number, taken: boolean]>;
  formerIds: string[];
  relations: Array<RelationState & { role: string | null; directed: boolean; claims: number[] }>;
}

/** Merge `from` into `into`: one entity from then on; `from` keeps resolving to `into` (a split undoes it). */
export async function mergeEntities(db: Database, input: { from: string; into: string; fromVersion?: number | null; intoVersion?: number | null }, actor: string): Promise<EntityState> {
  if (input.from === input.into) throw new InvalidArgumentError('into', 'an entity cannot be merged into itself');
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const from = await lockedEntity(tx, input.from, input.fromVersion ?? null, 'from');
    const into = await lockedEntity(tx, input.into, input.intoVersion ?? null, 'into');
    const snapshot = await mergeRecord(tx, from.id, into.id);
    const moved: MovedRelation[] = [];
    for (const r of snapshot.relations) {
      const [s, t] = [r.source === from.id ? into.id : r.source, r.target === from.id ? into.id : r.target];
      if (s === t) {
        // A relation between the two merged entities would be a loop: it goes (its evidence with it).
        await tx.query('DELETE FROM relations WHERE id = $1', [r.id]);
        moved.push({ from: r.id, to: null, created: false, added: [] });
        continue;
      }
      const [a, b] = isDirected(r.type) || s <= t ? [s, t] : [t, s];
      const id = relationId(r.type, a, b);
      const had = await tx.query<{ article_id: string; start_offset: number; end_offset: number }>('SELECT article_id, start_offset, end_offset FROM evidence WHERE relation_id = $1', [id]);
      const created = !(await tx.query('SELECT 1 FROM relations WHERE id = $1', [id])).length;
      if (created) {
        await tx.query(
          `INSERT INTO relations (id, type, source, target, directed, role, qualifier, context, status, confidence, version, review_reason)
           SELECT $1, type, $2, $3, directed, role, qualifier, context, status, confidence, version + 1, review_reason FROM relations WHERE id = $4`,
          [id, a, b, r.id],
        );
      }
      // Evidence both relations had stays once; the rest moves.
      await tx.query(
        `INSERT INTO evidence (relation_id, article_id, start_offset, end_offset, quote, stated_date, stated_precision, stated_source, origin, claim_ord, item_ord)
         SELECT $1, article_id, start_offset, end_offset, quote, stated_date, stated_precision, stated_source, origin, claim_ord, item_ord FROM evidence WHERE relation_id = $2
         ON CONFLICT DO NOTHING`,
        [id, r.id],
      );
      await tx.query('UPDATE claims SET relation_id = $1 WHERE relation_id = $2', [id, r.id]);
      await tx.query('DELETE FROM relations WHERE id = $1', [r.id]);
      const added = r.evidence
        .filter((e) => !had.some((h) => h.article_id === e.article && h.start_offset === e.start && h.end_offset === e.end))
        .map((e): [string, number, number] => [e.article, e.start, e.end]);
      moved.push({ from: r.id, to: id, created, added });
    }
    await tx.query(
      `INSERT INTO mentions (article_id, entity_id, start_offset, end_offset)
       SELECT article_id, $2, start_offset, end_offset FROM mentions WHERE entity_id = $1 ON CONFLICT DO NOTHING`,
      [from.id, into.id],
    );
    await tx.query('UPDATE redirects SET entity_id = $2 WHERE entity_id = $1', [from.id, into.id]);
    const [{ ord }] = await tx.query<{ ord: number }>('SELECT coalesce(max(ord), -1)::int + 1 AS ord FROM redirects WHERE entity_id = $1', [into.id]);
    await tx.query('INSERT INTO redirects (old_id, entity_id, ord) VALUES ($1, $2, $3)', [from.id, into.id, ord]);
    await tx.query('DELETE FROM mentions WHERE entity_id = $1', [from.id]);
    await tx.query('DELETE FROM entities WHERE id = $1', [from.id]);
    const addedAliases = [from.name, ...from.aliases].filter((a) => a !== into.name && !into.aliases.includes(a));
    await record(tx, actor, 'MERGED_INTO', 'ENTITY', from.id, { ...from, ...snapshot }, { into: into.id, relations: moved, addedAliases });
    return applyEntity(tx, into, { aliases: [...into.aliases, ...addedAliases] }, actor, 'MERGE');
  });
}

/** Everything of `from` a merge changes, read before it does. */
async function mergeRecord(tx: Sql, from: string, into: string): Promise<MergeRecord> {
  const [entity] = await tx.query<MergeRecord['entity']>('SELECT description, same_as, date, origin, article_id, x, y FROM entities WHERE id = $1', [from]);
  const aliases = await tx.query<{ alias: string; ord: number; origin: string; article_id: string | null }>('SELECT alias, ord, origin, article_id FROM aliases WHERE entity_id = $1 ORDER BY ord', [from]);
  const mentions = await tx.query<{ article_id: string; start_offset: number; end_offset: number; taken: boolean }>(
    `SELECT m.article_id, m.start_offset, m.end_offset,
            EXISTS (SELECT 1 FROM mentions o WHERE o.entity_id = $2 AND o.article_id = m.article_id AND o.start_offset = m.start_offset) AS taken
       FROM mentions m WHERE m.entity_id = $1 ORDER BY m.article_id, m.start_offset`,
    [from, into],
  );
  const formerIds = await tx.query<{ old_id: string }>('SELECT old_id FROM redirects WHERE entity_id = $1 ORDER BY ord', [from]);
  const touching = await tx.query<{ id: string; role: string | null; directed: boolean }>('SELECT id, role, directed FROM relations WHERE source = $1 OR target = $1 ORDER BY seq', [from]);
  const relations: MergeRecord['relations'] = [];
  for (const r of touching) {
    const claims = await tx.query<{ ord: number }>('SELECT ord FROM claims WHERE relation_id = $1 ORDER BY ord', [r.id]);
    relations.push({ ...(await relationState(tx, r.id))!, role: r.role, directed: r.directed, claims: claims.map((c) => c.ord) });
  }
  return {
    entity,
    aliasRows: aliases.map((a) => [a.alias, a.ord, a.origin, a.article_id]),
    mentions: mentions.map((m) => [m.article_id, m.start_offset, m.end_offset, m.taken]),
    formerIds: formerIds.map((r) => r.old_id),
    relations,
  };
}

/** The entity a merged id now resolves to, or null when `id` was never merged. */
export async function mergedInto(db: Sql, id: string): Promise<string | null> {
  const [row] = await db.query<{ entity_id: string }>('SELECT entity_id FROM redirects WHERE old_id = $1', [id]);
  return row?.entity_id ?? null;
}
