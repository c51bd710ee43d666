// Reading the history of an entity or relation, and reverting one change: the item goes back to the change's
// "before" state, as a new change (recorded like any other), and only if nobody changed it since.
import { InvalidArgumentError } from '../errors';
import type { Database, Sql } from '../store/driver';
import { WRITE_LOCK } from '../store/seed';
import { ConflictError } from './errors';
import { applyEntity, entityState, type EntityState } from './entities';
import { applyRelation, relationState, type RelationState } from './relations';

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  /** Whether revert() can undo it (reviews and edits can; ingests and merges cannot, yet). */
  revertible: boolean;
}

const REVERTIBLE = new Set(['REVIEW', 'UPDATE', 'REVERT']);

interface HistoryRow { id: string; at: Date; actor: string; action: string; subject_kind: string; subject_id: string; before: unknown; after: unknown }
const entry = (r: HistoryRow): HistoryEntry => ({
  id: Number(r.id),
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  action: r.action,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  before: r.before,
  after: r.after,
  revertible: REVERTIBLE.has(r.action) && r.before !== null && (r.subject_kind === 'RELATION' || r.subject_kind === 'ENTITY'),
});

/** Newest first; a relation's history includes the changes it had under an earlier id (before a re-key). */
export async function historyOf(db: Sql, kind: 'ENTITY' | 'RELATION', id: string, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db.query<HistoryRow>(
    `SELECT id, at, actor, action, subject_kind, subject_id, before, after FROM history
      WHERE subject_kind = $1 AND (subject_id = $2 OR before->>'id' = $2 OR after->>'into' = $2)
      ORDER BY id DESC LIMIT $3`,
    [kind, id, limit],
  );
  return rows.map(entry);
}

export async function revert(db: Database, historyId: number, actor: string): Promise<RelationState | EntityState> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const [row] = await tx.query<HistoryRow>('SELECT id, at, actor, action, subject_kind, subject_id, before, after FROM history WHERE id = $1', [historyId]);
    if (!row) throw new InvalidArgumentError('id', `no change ${historyId}`);
    if (!entry(row).revertible) throw new InvalidArgumentError('id', `a ${row.action} of ${row.subject_kind.toLowerCase()} "${row.subject_id}" cannot be reverted here`);
    if (row.subject_kind === 'RELATION') {
      const [before, after] = [row.before as RelationState, row.after as RelationState];
      const current = await relationState(tx, after.id, true);
      if (!current || current.version !== after.version) throw new ConflictError(current);
      const { type, source, target, qualifier, context, status, reason } = before;
      return applyRelation(tx, current, { type, source, target, qualifier, context, status, reason }, actor, 'REVERT');
    }
    const [before, after] = [row.before as EntityState, row.after as EntityState];
    const current = await entityState(tx, after.id, true);
    if (!current || current.version !== after.version) throw new ConflictError(current);
    return applyEntity(tx, current, { name: before.name, type: before.type, aliases: before.aliases }, actor, 'REVERT');
  });
}
