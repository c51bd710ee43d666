// The review queue: machine-extracted relations still UNREVIEWED, oldest first, each with its quotes placed in
// their sentence so a reviewer reads the claim beside the words it came from.
import type { Sql } from '../store/driver';
import type { StatedAt } from '../types';
import type { RelationStatus } from './relations';

export interface QueueQuote {
  article: string;
  articleTitle: string;
  start: number;
  end: number;
  quote: string;
  /** Text just before and after the quote in its article (up to CONTEXT characters, cut at a line break). */
  before: string;
  after: string;
  statedAt: StatedAt | null;
}

export interface QueueItem {
  id: string;
  type: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  qualifier: string | null;
  context: string | null;
  status: RelationStatus;
  reason: string | null;
  confidence: number | null;
  version: number;
  quotes: QueueQuote[];
}

const CONTEXT = 240;

export interface QueueOptions {
  /** Only relations with evidence in this article. */
  article?: string;
  status?: RelationStatus;
  first?: number;
}

export async function reviewQueue(db: Sql, options: QueueOptions = {}): Promise<{ items: QueueItem[]; remaining: number }> {
  const status = options.status ?? 'UNREVIEWED';
  const article = options.article ?? null;
  const where = `r.status = $1 AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id AND e.article_id = $2))`;
  const [{ count }] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM relations r WHERE ${where}`, [status, article]);
  const rows = await db.query<{ id: string }>(`SELECT r.id FROM relations r WHERE ${where} ORDER BY r.seq LIMIT $3`, [status, article, Math.min(Math.max(options.first ?? 200, 1), 500)]);
  return { items: await relationRecords(db, rows.map((r) => r.id)), remaining: count };
}

/** Relations by id as a reviewer sees them (names, version, quotes in context), in the order asked; unknown ids are left out. */
export async function relationRecords(db: Sql, ids: string[]): Promise<QueueItem[]> {
  if (!ids.length) return [];
  const rows = await db.query<{ id: string; type: string; source: string; source_name: string; target: string; target_name: string; qualifier: string | null; context: string | null; status: RelationStatus; review_reason: string | null; confidence: number | null; version: number }>(
    `SELECT r.id, r.type, r.source, s.name AS source_name, r.target, t.name AS target_name, r.qualifier, r.context, r.status, r.review_reason, r.confidence, r.version
       FROM relations r JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target
      WHERE r.id = ANY($1::text[])`,
    [ids],
  );
  const quotes = await db.query<{ relation_id: string; article_id: string; title: string; start_offset: number; end_offset: number; quote: string; before: string; after: string; stated_date: string | null; stated_precision: StatedAt['precision'] | null; stated_source: StatedAt['source'] | null }>(
    `SELECT e.relation_id, e.article_id, a.title, e.start_offset, e.end_offset, e.quote, e.stated_date, e.stated_precision, e.stated_source,
            substr(a.body, greatest(1, e.start_offset + 1 - $2), least(e.start_offset, $2)) AS before,
            substr(a.body, e.end_offset + 1, $2) AS after
       FROM evidence e JOIN articles a ON a.id = e.article_id
      WHERE e.relation_id = ANY($1::text[]) ORDER BY e.relation_id, e.article_id, e.start_offset`,
    [ids, CONTEXT],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): QueueItem[] => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id: r.id,
      type: r.type,
      source: { id: r.source, name: r.source_name },
      target: { id: r.target, name: r.target_name },
      qualifier: r.qualifier,
      context: r.context,
      status: r.status,
      reason: r.review_reason,
      confidence: r.confidence,
      version: r.version,
      quotes: quotes
        .filter((q) => q.relation_id === r.id)
        .map((q) => ({
          article: q.article_id,
          articleTitle: q.title,
          start: q.start_offset,
          end: q.end_offset,
          quote: q.quote,
          before: q.before.split('\n').pop() ?? '',
          after: q.after.split('\n')[0],
          statedAt: q.stated_date ? { date: q.stated_date, precision: q.stated_precision!, source: q.stated_source! } : null,
        })),
    }];
  });
}
