// A relation's evidence as a reviewer changes it: the statement date of a quote, or a different or additional quote.
// A quote is located verbatim in the stored article text here (offsets are the store's, never the client's), and
// a refusal says where the given text stops matching.
import { InvalidArgumentError } from '../errors';
import { statedAt as statedAtIn } from '../time/stated-at';
import { daySpan } from '../time/window';
import type { StatedAt } from '../types';
import type { Database, Sql } from '../store/driver';
import { applyRelation, lockedRelation, type EvidenceState, type RelationState } from './relations';

export const MAX_QUOTE = 2000;

/** `2025-02-14` (DAY), `2025-02` (MONTH) or `2025` (YEAR), read by a person from the text. */
export function parseStatedAt(value: string, argument = 'statedAt'): StatedAt {
  const date = value.trim();
  if (!daySpan(date)) throw new InvalidArgumentError(argument, `must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(value.slice(0, 40))}`);
  const parts = date.split('-').length;
  return { date, precision: parts === 3 ? 'DAY' : parts === 2 ? 'MONTH' : 'YEAR', source: 'TEXT' };
}

/** Where `quote` is in `text` (the occurrence nearest `near`, else the first), or a refusal naming what did not match. */
export function findQuote(text: string, quote: string, article: string, near?: number | null): { start: number; end: number } {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length) {
    const start = near == null ? starts[0] : starts.reduce((best, s) => (Math.abs(s - near) < Math.abs(best - near) ? s : best));
    return { start, end: start + quote.length };
  }
  // The longest opening of the quote that is in the article: the refusal shows where it stops matching.
  let [low, high] = [0, quote.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  const detail = low === 0
    ? 'not even its first character is there'
    : `it matches up to ${JSON.stringify(cut(quote.slice(Math.max(0, low - 40), low)))} and then differs at ${JSON.stringify(cut(quote.slice(low)))}`;
  throw new InvalidArgumentError('quote', `not found verbatim in article "${article}": ${detail}`);
}

async function articleText(tx: Sql, article: string): Promise<{ text: string; publishedAt?: string }> {
  const [row] = await tx.query<{ body: string; published_at: string | null }>('SELECT body, published_at FROM articles WHERE id = $1', [article]);
  if (!row) throw new InvalidArgumentError('article', `no article "${article}"`);
  return { text: row.body, publishedAt: row.published_at ?? undefined };
}

function editable(current: RelationState): void {
  if (current.status === 'CURATED') throw new InvalidArgumentError('id', 'curated relations and their quotes are edited in data/catalog, not here');
}

/** The relation's quotes with `statedAt` set on every one, or on the one `at` names (article and start). */
export function datedEvidence(current: RelationState, statedAt: StatedAt, at?: { article: string; start: number } | null): EvidenceState[] {
  editable(current);
  if (at && !current.evidence.some((e) => e.article === at.article && e.start === at.start)) {
    throw new InvalidArgumentError('evidence', `no quote of this relation starts at ${at.start} in "${at.article}"`);
  }
  return current.evidence.map((e) => (!at || (e.article === at.article && e.start === at.start) ? { ...e, statedAt } : e));
}

export type EvidenceMode = 'REPLACE' | 'ADD';

/** Replace the relation's quotes with `quote`, or add it; found verbatim in `article`, dated from its text. */
export async function setRelationEvidence(
  db: Database,
  input: { id: string; version: number; article: string; quote: string; mode: EvidenceMode; near?: number | null },
  actor: string,
): Promise<RelationState> {
  const quote = input.quote.trim();
  if (!quote || quote.length > MAX_QUOTE) throw new InvalidArgumentError('quote', `a quote of 1–${MAX_QUOTE} characters`);
  if (input.mode !== 'REPLACE' && input.mode !== 'ADD') throw new InvalidArgumentError('mode', 'REPLACE or ADD');
  return db.transaction(async (tx) => {
    const current = await lockedRelation(tx, input.id, input.version);
    editable(current);
    const article = await articleText(tx, input.article);
    const { start, end } = findQuote(article.text, quote, input.article, input.near);
    if (input.mode === 'ADD' && current.evidence.some((e) => e.article === input.article && e.start === start && e.end === end)) {
      throw new InvalidArgumentError('quote', 'that quote already backs this relation');
    }
    const added: EvidenceState = { article: input.article, start, end, quote, statedAt: statedAtIn(article, start, end) ?? null, origin: 'EXTRACTED', claimOrd: null, itemOrd: null };
    const evidence = input.mode === 'ADD' ? [...current.evidence, added] : [added];
    return applyRelation(tx, current, { evidence, ...(current.status === 'UNREVIEWED' ? { status: 'ACCEPTED' } : {}) }, actor, 'EVIDENCE');
  });
}
