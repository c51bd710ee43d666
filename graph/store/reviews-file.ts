// Reviewers' decisions on machine claims as reviewable text: data/catalog/reviews.yaml lists every extracted
// relation a person accepted or rejected (with the reason, any edited qualifier or context, and the statement dates
// of its quotes as the reviewer left them), so a curator can commit them; importing the seed applies them again.
// Curated claims are never touched.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { DataError } from '../errors';
import type { Sql } from './driver';

export const reviewsFile = (catalogDir: string) => join(catalogDir, 'reviews.yaml');

const HEADER = '# Reviewers\' decisions on machine-extracted claims (npm run export writes this file; importing applies it).';

const decisionSchema = z.object({
  relation: z.string().min(1),
  status: z.enum(['ACCEPTED', 'REJECTED']),
  reason: z.string().optional(),
  qualifier: z.string().optional(),
  context: z.string().optional(),
  /** The date each quote was stated, as reviewed: kept over what the text alone would give on a later import. */
  dates: z
    .array(
      z.object({
        article: z.string().min(1),
        start: z.number().int().nonnegative(),
        date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
        precision: z.enum(['DAY', 'MONTH', 'YEAR', 'APPROXIMATE']),
        source: z.enum(['TEXT', 'PUBLISHED']),
      }).strict(),
    )
    .optional(),
}).strict();
type Decision = z.infer<typeof decisionSchema>;

export async function reviewsYaml(db: Sql): Promise<string | null> {
  const rows = await db.query<{ id: string; status: 'ACCEPTED' | 'REJECTED'; review_reason: string | null; qualifier: string | null; context: string | null }>(
    "SELECT id, status, review_reason, qualifier, context FROM relations WHERE status IN ('ACCEPTED', 'REJECTED') ORDER BY id",
  );
  if (!rows.length) return null;
  const dates = new Map<string, NonNullable<Decision['dates']>>();
  for (const d of await db.query<{ relation_id: string; article: string; start: number; date: string; precision: 'DAY' | 'MONTH' | 'YEAR' | 'APPROXIMATE'; source: 'TEXT' | 'PUBLISHED' }>(
    `SELECT e.relation_id, e.article_id AS article, e.start_offset AS start, e.stated_date AS date, e.stated_precision AS precision, e.stated_source AS source
       FROM evidence e JOIN relations r ON r.id = e.relation_id
      WHERE r.status IN ('ACCEPTED', 'REJECTED') AND e.stated_date IS NOT NULL ORDER BY e.relation_id, e.article_id, e.start_offset`,
  )) dates.set(d.relation_id, [...(dates.get(d.relation_id) ?? []), { article: d.article, start: d.start, date: d.date, precision: d.precision, source: d.source }]);
  const decisions: Decision[] = rows.map((r) => ({
    relation: r.id,
    status: r.status,
    ...(r.review_reason ? { reason: r.review_reason } : {}),
    ...(r.qualifier !== null ? { qualifier: r.qualifier } : {}),
    ...(r.context !== null ? { context: r.context } : {}),
    ...(dates.has(r.id) ? { dates: dates.get(r.id) } : {}),
  }));
  return `${HEADER}\n${stringifyYaml(decisions, { lineWidth: 0 })}`;
}

/** Apply the decisions in `catalogDir` (when the file exists) inside the seed import's transaction. */
export async function applyReviews(tx: Sql, catalogDir: string): Promise<number> {
  const file = reviewsFile(catalogDir);
  if (!existsSync(file)) return 0;
  const parsed = z.array(decisionSchema).safeParse(parseYaml(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success) throw new DataError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  let applied = 0;
  for (const d of parsed.data) {
    const rows = await tx.query(
      `UPDATE relations SET status = $2, review_reason = $3, qualifier = coalesce($4, qualifier), context = coalesce($5, context)
        WHERE id = $1 AND status <> 'CURATED' RETURNING id`,
      [d.relation, d.status, d.reason ?? null, d.qualifier ?? null, d.context ?? null],
    );
    applied += rows.length;
    if (!rows.length) continue;
    for (const q of d.dates ?? []) {
      await tx.query('UPDATE evidence SET stated_date = $4, stated_precision = $5, stated_source = $6 WHERE relation_id = $1 AND article_id = $2 AND start_offset = $3', [d.relation, q.article, q.start, q.date, q.precision, q.source]);
    }
  }
  return applied;
}
