// Every write leaves a history row (who, when, what, before, after) and moves the store's version, which readers
// watch to know when to rebuild their in-memory graph.
import type { Sql } from './driver';

export type SubjectKind = 'ARTICLE' | 'ENTITY' | 'RELATION' | 'LAYOUT' | 'SEED';

export async function record(tx: Sql, actor: string, action: string, kind: SubjectKind, subject: string, before: unknown, after: unknown): Promise<void> {
  await tx.query('INSERT INTO history (actor, action, subject_kind, subject_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    actor,
    action,
    kind,
    subject,
    before === null ? null : JSON.stringify(before),
    after === null ? null : JSON.stringify(after),
  ]);
}

export async function bumpVersion(tx: Sql): Promise<number> {
  const [row] = await tx.query<{ version: string }>('UPDATE store_state SET version = version + 1 WHERE id = 1 RETURNING version');
  return Number(row.version);
}

export async function storeVersion(db: Sql): Promise<number> {
  const [row] = await db.query<{ version: string }>('SELECT version FROM store_state WHERE id = 1');
  return Number(row.version);
}
