// Reverting an ingest: the article goes, with its quotes, the relations only it backed, the entities only it named
// and the aliases it taught. Refused, naming them, when a reviewer has touched any of its relations or entities since:
// their decisions are not undone behind their back.
import type { Sql } from '../store/driver';
import { bumpVersion, record } from '../store/history';
import { ConflictError } from './errors';
import { superseded } from './history';

export interface IngestChange {
  id: number;
  subject: string;
}

/** Undo the ingest `change` recorded, inside a transaction holding the write lock. */
export async function revertIngest(tx: Sql, change: IngestChange, actor: string): Promise<{ article: string; relations: number; entities: number }> {
  const article = change.subject;
  if (await superseded(tx, 'ARTICLE', article, change.id)) throw new ConflictError(null, `article "${article}" was removed or added again after this ingest; undo the latest one`);
  const [row] = await tx.query<{ origin: string; title: string }>('SELECT origin, title FROM articles WHERE id = $1 FOR UPDATE', [article]);
  if (!row) throw new ConflictError(null, `article "${article}" is no longer stored (reverted before?)`);
  const relations = (await tx.query<{ relation_id: string }>('SELECT DISTINCT relation_id FROM evidence WHERE article_id = $1', [article])).map((r) => r.relation_id);
  const created = (await tx.query<{ subject_id: string }>(
    `SELECT subject_id FROM history WHERE action = 'CREATE' AND subject_kind = 'ENTITY' AND after->>'article' = $1 AND id > $2`,
    [article, change.id],
  )).map((r) => r.subject_id);
  // A person's decision since the ingest that still stands: a relation reviewed or edited (and not reverted back to
  // unreviewed), an entity renamed or retyped, or one another entity was merged into. Later ingests do not count.
  const touched = await tx.query<{ subject_kind: string; subject_id: string; action: string; actor: string }>(
    `SELECT 'RELATION' AS subject_kind, r.id AS subject_id, h.action, h.actor FROM relations r
       JOIN LATERAL (SELECT action, actor FROM history WHERE subject_kind = 'RELATION' AND subject_id = r.id AND id > $1
                       AND action NOT IN ('CREATE', 'ADD_EVIDENCE') ORDER BY id DESC LIMIT 1) h ON true
      WHERE r.id = ANY($2::text[]) AND r.status <> 'UNREVIEWED'
     UNION ALL
     SELECT 'ENTITY', n.id, h.action, h.actor FROM entities n
       JOIN history c ON c.action = 'CREATE' AND c.subject_kind = 'ENTITY' AND c.subject_id = n.id AND c.after->>'article' = $3 AND c.id > $1
       JOIN LATERAL (SELECT action, actor FROM history WHERE subject_kind = 'ENTITY' AND subject_id = n.id AND id > $1
                       AND action NOT IN ('CREATE', 'ADD_ALIASES') ORDER BY id DESC LIMIT 1) h ON true
      WHERE n.id = ANY($4::text[])
        AND (n.name <> c.after->>'name' OR n.type <> c.after->>'type' OR EXISTS (SELECT 1 FROM redirects d WHERE d.entity_id = n.id))
     ORDER BY 1, 2`,
    [change.id, relations, article, created],
  );
  if (touched.length) {
    const list = touched.slice(0, 5).map((t) => `${t.subject_kind.toLowerCase()} ${t.subject_id} (${t.action.toLowerCase()} by ${t.actor})`).join('; ');
    throw new ConflictError(null, `article "${article}" cannot be removed: reviewers changed what it added since — ${list}${touched.length > 5 ? `; and ${touched.length - 5} more` : ''}. Revert those changes first.`);
  }
  await tx.query('DELETE FROM evidence WHERE article_id = $1', [article]);
  const dropped = (await tx.query<{ id: string }>(
    'DELETE FROM relations r WHERE r.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id) RETURNING id',
    [relations],
  )).map((r) => r.id);
  await tx.query('UPDATE relations SET version = version + 1 WHERE id = ANY($1::text[])', [relations.filter((id) => !dropped.includes(id))]);
  // An entity it created goes unless a relation or a later article still names it (its mentions in older articles
  // were found for it by this ingest).
  const gone = (await tx.query<{ id: string }>(
    `DELETE FROM entities n WHERE n.id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.source = n.id OR r.target = n.id)
        AND NOT EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
                         WHERE m.entity_id = n.id AND a.seq > (SELECT seq FROM articles WHERE id = $2))
      RETURNING id`,
    [created, article],
  )).map((r) => r.id);
  await tx.query('DELETE FROM mentions WHERE entity_id = ANY($1::text[])', [gone]);
  // One it created that stays now counts as found in the first later article that names it (the export files it there).
  await tx.query(
    `UPDATE entities n SET article_id = (SELECT m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id
                                          WHERE m.entity_id = n.id AND m.article_id <> $1 ORDER BY a.seq LIMIT 1)
      WHERE n.article_id = $1`,
    [article],
  );
  await tx.query(
    "UPDATE aliases l SET article_id = n.article_id FROM entities n WHERE n.id = l.entity_id AND l.article_id = $1 AND n.origin = 'EXTRACTED' AND n.id = ANY($2::text[])",
    [article, created],
  );
  await tx.query('DELETE FROM aliases WHERE article_id = $1', [article]);
  await tx.query('DELETE FROM mentions WHERE article_id = $1', [article]);
  await tx.query('DELETE FROM articles WHERE id = $1', [article]);
  await record(tx, actor, 'REVERT', 'ARTICLE', article, { title: row.title, relations: dropped, entities: gone }, null);
  await bumpVersion(tx);
  return { article, relations: dropped.length, entities: gone.length };
}
