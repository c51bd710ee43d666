// Reading the history of an entity, relation or article, and reverting one change: a review or edit puts the item
// back in the change's "before" state; a merge is split; an ingest removes its article. Each revert is recorded as a
// change of its own, and refused (a conflict) when the item changed since.
import { InvalidArgumentError } from '../errors';
import type { Database, Sql } from '../store/driver';
import { WRITE_LOCK } from '../store/seed';
import { ConflictError } from './errors';
import { applyEntity, entityState, type EntityState } from './entities';
import { applyRelation, relationState, type RelationState } from './relations';
import { splitMerge, type MergeChange } from './split';
import { revertIngest } from './uningest';

export type HistoryKind = 'ENTITY' | 'RELATION' | 'ARTICLE';

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  /** Whether revert() can undo it now (a merge not split yet, an article still stored, a review or an edit). */
  revertible: boolean;
}

const EDITS = new Set(['REVIEW', 'UPDATE', 'EVIDENCE', 'REVERT']);

interface HistoryRow { id: string; at: Date; actor: string; action: string; subject_kind: string; subject_id: string; before: unknown; after: unknown }

/** Revertible as recorded; whether a merge or an ingest still stands is for `standing` to say. */
function recordedRevertible(r: HistoryRow): boolean {
  if (r.action === 'MERGED_INTO') return r.subject_kind === 'ENTITY' && Array.isArray((r.before as { relations?: unknown } | null)?.relations);
  if (r.action === 'INGEST') return r.subject_kind === 'ARTICLE';
  return EDITS.has(r.action) && r.before !== null && (r.subject_kind === 'RELATION' || r.subject_kind === 'ENTITY');
}

const entry = (r: HistoryRow, revertible: boolean): HistoryEntry => ({
  id: Number(r.id),
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  action: r.action,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  before: r.before,
  after: r.after,
  revertible,
});

/** Of these merges and ingests, the ones still in effect: the latest of their kind for their subject, not undone since. */
async function standing(db: Sql, rows: HistoryRow[]): Promise<Set<string>> {
  const undoable = rows.filter((r) => r.action === 'MERGED_INTO' || r.action === 'INGEST');
  if (!undoable.length) return new Set();
  const [merged, ingested] = [undoable.filter((r) => r.action === 'MERGED_INTO'), undoable.filter((r) => r.action === 'INGEST')].map((list) => list.map((r) => r.subject_id));
  const [entities, articles, later] = await Promise.all([
    merged.length ? db.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1::text[])', [merged]) : [],
    ingested.length ? db.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ingested]) : [],
    db.query<{ subject_kind: string; subject_id: string; last: string }>(
      `SELECT subject_kind, subject_id, max(id) AS last FROM history
        WHERE subject_id = ANY($1::text[]) AND subject_kind IN ('ENTITY', 'ARTICLE') AND action IN ('MERGED_INTO', 'SPLIT', 'INGEST', 'REVERT')
        GROUP BY subject_kind, subject_id`,
      [undoable.map((r) => r.subject_id)],
    ),
  ]);
  const back = new Set(entities.map((e) => e.id));
  const stored = new Set(articles.map((a) => a.id));
  const last = new Map(later.map((l) => [`${l.subject_kind}:${l.subject_id}`, Number(l.last)]));
  return new Set(
    undoable
      .filter((r) => last.get(`${r.subject_kind}:${r.subject_id}`) === Number(r.id) && (r.action === 'MERGED_INTO' ? !back.has(r.subject_id) : stored.has(r.subject_id)))
      .map((r) => r.id),
  );
}

/** Whether a later merge, split, ingest or revert of the same subject came after change `id` (it is then not the one to undo). */
export async function superseded(tx: Sql, kind: 'ENTITY' | 'ARTICLE', subject: string, id: number): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM history WHERE subject_kind = $1 AND subject_id = $2 AND id > $3 AND action IN ('MERGED_INTO', 'SPLIT', 'INGEST', 'REVERT') LIMIT 1`,
    [kind, subject, id],
  );
  return rows.length > 0;
}

async function entries(db: Sql, rows: HistoryRow[]): Promise<HistoryEntry[]> {
  const live = await standing(db, rows);
  return rows.map((r) => entry(r, recordedRevertible(r) && (EDITS.has(r.action) || live.has(r.id))));
}

/** Newest first; a relation's history includes the changes it had under an earlier id (before a re-key). */
export async function historyOf(db: Sql, kind: HistoryKind, id: string, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db.query<HistoryRow>(
    `SELECT id, at, actor, action, subject_kind, subject_id, before, after FROM history
      WHERE subject_kind = $1 AND (subject_id = $2 OR before->>'id' = $2 OR after->>'into' = $2)
      ORDER BY id DESC LIMIT $3`,
    [kind, id, limit],
  );
  return entries(db, rows);
}

export type Reverted = { relation: RelationState } | { entity: EntityState } | { article: string };

export async function revert(db: Database, historyId: number, actor: string): Promise<Reverted> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const [row] = await tx.query<HistoryRow>('SELECT id, at, actor, action, subject_kind, subject_id, before, after FROM history WHERE id = $1', [historyId]);
    if (!row) throw new InvalidArgumentError('id', `no change ${historyId}`);
    if (!recordedRevertible(row)) throw new InvalidArgumentError('id', `a ${row.action} of ${row.subject_kind.toLowerCase()} "${row.subject_id}" cannot be reverted here`);
    if (row.action === 'MERGED_INTO') {
      return { entity: await splitMerge(tx, { id: Number(row.id), subject: row.subject_id, before: row.before as MergeChange['before'], after: row.after as MergeChange['after'] }, actor) };
    }
    if (row.action === 'INGEST') return { article: (await revertIngest(tx, { id: Number(row.id), subject: row.subject_id }, actor)).article };
    if (row.subject_kind === 'RELATION') {
      const [before, after] = [row.before as RelationState, row.after as RelationState];
      const current = await relationState(tx, after.id, true);
      if (!current || current.version !== after.version) throw new ConflictError(current);
      const { type, source, target, qualifier, context, status, reason, evidence } = before;
      return { relation: await applyRelation(tx, current, { type, source, target, qualifier, context, status, reason, ...(evidence ? { evidence } : {}) }, actor, 'REVERT') };
    }
    const [before, after] = [row.before as EntityState, row.after as EntityState];
    const current = await entityState(tx, after.id, true);
    if (!current || current.version !== after.version) throw new ConflictError(current);
    return { entity: await applyEntity(tx, current, { name: before.name, type: before.type, aliases: before.aliases }, actor, 'REVERT') };
  });
}

/** Split `merged` back out of the entity it was merged into: revert its latest merge. */
export async function splitEntity(db: Database, merged: string, actor: string): Promise<EntityState> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM history WHERE action = 'MERGED_INTO' AND subject_kind = 'ENTITY' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
    [merged],
  );
  if (!row) throw new InvalidArgumentError('merged', `"${merged}" was never merged into another entity`);
  const result = await revert(db, Number(row.id), actor);
  return (result as { entity: EntityState }).entity;
}
