// Splitting a wrong merge: the merged entity comes back as it was (its row, names, mentions and former ids), the
// old id stops redirecting, and its relations return with their quotes, review state and curated claims, taken
// back out of the survivor. Everything comes from the merge's history row; a relation the merge created and a
// reviewer changed since is a conflict, so nobody's later decision is silently undone.
import { InvalidArgumentError } from '../errors';
import { foldName } from '../slug';
import type { Sql } from '../store/driver';
import { insertAliases, keyWord } from '../store/aliases';
import { bumpVersion, record } from '../store/history';
import { ConflictError } from './errors';
import { applyEntity, entityState, type EntityState, type MergeRecord, type MovedRelation } from './entities';
import { superseded } from './history';
import { relationState, restoreRelation } from './relations';

export interface MergeChange {
  id: number;
  subject: string;
  before: EntityState & Partial<MergeRecord>;
  after: { into: string; relations: MovedRelation[]; addedAliases?: string[] };
}

/** Undo the merge `change` recorded, inside a transaction holding the write lock; the restored entity. */
export async function splitMerge(tx: Sql, change: MergeChange, actor: string): Promise<EntityState> {
  const { before, after } = change;
  const merged = change.subject;
  if (!before.relations || !before.entity || !after.addedAliases) throw new InvalidArgumentError('change', `the merge of "${merged}" was recorded before merges could be split`);
  if (await superseded(tx, 'ENTITY', merged, change.id)) throw new ConflictError(null, `"${merged}" was split or merged again after this merge; undo the latest one`);
  if ((await tx.query('SELECT 1 FROM entities WHERE id = $1', [merged])).length) {
    throw new ConflictError(await entityState(tx, merged), `"${merged}" is already an entity of its own again (split before?)`);
  }
  const [redirect] = await tx.query<{ entity_id: string }>('SELECT entity_id FROM redirects WHERE old_id = $1', [merged]);
  if (!redirect || redirect.entity_id !== after.into) {
    throw new ConflictError(null, `"${after.into}" was itself merged into "${redirect?.entity_id}" since; split that merge first`);
  }
  const into = (await entityState(tx, after.into, true))!;
  for (const [i, m] of after.relations.entries()) {
    if (!m.to) continue;
    const now = await relationState(tx, m.to, true);
    if (!now) throw new ConflictError(null, `relation ${m.to} (from the merge) was changed or removed since; revert that first`);
    // A relation the merge made carries the decision a reviewer took on it since: splitting would drop it.
    const was = before.relations[i];
    if (m.created && (now.status !== was.status || now.reason !== was.reason || now.qualifier !== was.qualifier || now.context !== was.context)) {
      throw new ConflictError(now, `relation ${m.to} was reviewed or edited after the merge; revert those changes first, then split`);
    }
  }

  const e = before.entity;
  await tx.query(
    `INSERT INTO entities (id, type, name, description, same_as, date, origin, article_id, x, y, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [merged, before.type, before.name, e.description, e.same_as === null ? null : JSON.stringify(e.same_as), e.date, e.origin, e.article_id, e.x, e.y, before.version + 1],
  );
  await insertAliases(tx, before.aliasRows!.map(([alias, ord, origin, article]) => [merged, alias, foldName(alias), keyWord(foldName(alias)), ord, origin, article]));
  await tx.query('DELETE FROM redirects WHERE old_id = $1', [merged]);
  if (before.formerIds!.length) await tx.query('UPDATE redirects SET entity_id = $1 WHERE old_id = ANY($2::text[])', [merged, before.formerIds]);
  const mentions = before.mentions!;
  if (mentions.length) {
    const columns = [mentions.map((m) => m[0]), mentions.map((m) => m[1]), mentions.map((m) => m[2])];
    await tx.query('INSERT INTO mentions (article_id, entity_id, start_offset, end_offset) SELECT a, $1, s, e FROM unnest($2::text[], $3::int4[], $4::int4[]) AS t(a, s, e) ON CONFLICT DO NOTHING', [merged, ...columns]);
    const copied = mentions.filter((m) => !m[3]);
    await tx.query(
      'DELETE FROM mentions m USING unnest($2::text[], $3::int4[]) AS t(a, s) WHERE m.entity_id = $1 AND m.article_id = t.a AND m.start_offset = t.s',
      [into.id, copied.map((m) => m[0]), copied.map((m) => m[1])],
    );
  }

  for (const [i, r] of before.relations.entries()) {
    if ((await tx.query('SELECT 1 FROM relations WHERE id = $1', [r.id])).length) {
      throw new ConflictError(null, `relation ${r.id} exists again since the merge; reject or revert it first`);
    }
    // Back first (its curated claims with it), then its quotes leave the relation they moved to.
    await restoreRelation(tx, r);
    const m = after.relations.find((x) => x.from === r.id) ?? after.relations[i];
    if (!m.to) continue;
    for (const [article, start, end] of m.added) {
      await tx.query('DELETE FROM evidence WHERE relation_id = $1 AND article_id = $2 AND start_offset = $3 AND end_offset = $4', [m.to, article, start, end]);
    }
    // A relation the merge made goes when none of its own quotes are left (later articles' quotes keep it).
    if (m.created && !(await tx.query('SELECT 1 FROM evidence WHERE relation_id = $1 LIMIT 1', [m.to])).length) await tx.query('DELETE FROM relations WHERE id = $1', [m.to]);
    else await tx.query('UPDATE relations SET version = version + 1 WHERE id = $1', [m.to]);
  }
  const aliases = into.aliases.filter((a) => !after.addedAliases!.includes(a));
  await applyEntity(tx, into, { aliases }, actor, 'SPLIT');
  const restored = (await entityState(tx, merged))!;
  await record(tx, actor, 'SPLIT', 'ENTITY', merged, { into: into.id }, restored);
  await bumpVersion(tx);
  return restored;
}
