// Reviewing one relation: accept, reject (with a reason), or edit it. Every change checks the version the
// reviewer saw (a stale one is a conflict, nothing written), records who/when/before/after, and moves the store's
// version so the read model reloads. Changing type or ends changes the relation's id (one relation per
// (type, source, target)): its evidence and curated claims move with it.
import { InvalidArgumentError } from '../errors';
import { relationId } from '../relation-id';
import { RELATION_TYPES, isDirected, type RelationType, type StatedAt } from '../types';
import type { Database, Sql } from '../store/driver';
import { bumpVersion, record } from '../store/history';
import { WRITE_LOCK } from '../store/seed';
import { ConflictError } from './errors';
import { parseStatedAt, datedEvidence } from './evidence';

export const REJECT_REASONS = ['NOT_STATED', 'WRONG_TYPE', 'WRONG_DIRECTION', 'WRONG_ENTITY', 'DUPLICATE', 'OTHER'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export type Decision = 'ACCEPT' | 'REJECT' | 'UNREVIEW';
// One status vocabulary for the whole model (graph/types.ts).
import type { RelationStatus } from '../types';
export type { RelationStatus };

/** One quote as stored: enough to write it back as it was (a revert), curated place included. */
export interface EvidenceState {
  article: string;
  start: number;
  end: number;
  quote: string;
  statedAt: StatedAt | null;
  origin: 'CURATED' | 'EXTRACTED';
  claimOrd: number | null;
  itemOrd: number | null;
}

export interface RelationState {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  qualifier: string | null;
  context: string | null;
  status: RelationStatus;
  reason: string | null;
  confidence: number | null;
  version: number;
  /** Its quotes, in article and position order (absent from history rows written before quotes could change). */
  evidence: EvidenceState[];
}

/** The fields a reviewer can set; what is absent stays as it is. */
export interface RelationPatch {
  type?: RelationType;
  source?: string;
  target?: string;
  qualifier?: string | null;
  context?: string | null;
  status?: RelationStatus;
  reason?: string | null;
  /** The relation's whole set of quotes, replacing the stored one. */
  evidence?: EvidenceState[];
}

const MAX_TEXT = 500;

export async function relationState(tx: Sql, id: string, lock = false): Promise<RelationState | null> {
  const [row] = await tx.query<{ id: string; type: RelationType; source: string; target: string; qualifier: string | null; context: string | null; status: RelationStatus; review_reason: string | null; confidence: number | null; version: number }>(
    `SELECT id, type, source, target, qualifier, context, status, review_reason, confidence, version FROM relations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) return null;
  return { id: row.id, type: row.type, source: row.source, target: row.target, qualifier: row.qualifier, context: row.context, status: row.status, reason: row.review_reason, confidence: row.confidence, version: row.version, evidence: await evidenceOf(tx, row.id) };
}

async function evidenceOf(tx: Sql, id: string): Promise<EvidenceState[]> {
  const rows = await tx.query<{ article_id: string; start_offset: number; end_offset: number; quote: string; stated_date: string | null; stated_precision: StatedAt['precision'] | null; stated_source: StatedAt['source'] | null; origin: EvidenceState['origin']; claim_ord: number | null; item_ord: number | null }>(
    `SELECT article_id, start_offset, end_offset, quote, stated_date, stated_precision, stated_source, origin, claim_ord, item_ord
       FROM evidence WHERE relation_id = $1 ORDER BY article_id, start_offset, end_offset`,
    [id],
  );
  return rows.map((r) => ({
    article: r.article_id,
    start: r.start_offset,
    end: r.end_offset,
    quote: r.quote,
    statedAt: r.stated_date ? { date: r.stated_date, precision: r.stated_precision!, source: r.stated_source! } : null,
    origin: r.origin,
    claimOrd: r.claim_ord,
    itemOrd: r.item_ord,
  }));
}

/** Put back a relation exactly as `state` recorded it (a split), with its quotes and curated claims; inside a transaction. */
export async function restoreRelation(tx: Sql, state: RelationState & { role: string | null; directed: boolean; claims: number[] }): Promise<void> {
  const ends = await tx.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1::text[])', [[state.source, state.target]]);
  for (const end of [state.source, state.target]) {
    if (!ends.some((e) => e.id === end)) throw new ConflictError(null, `relation ${state.id} cannot come back: "${end}" is no longer an entity (merged or removed since)`);
  }
  await tx.query(
    `INSERT INTO relations (id, type, source, target, directed, role, qualifier, context, status, confidence, version, review_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [state.id, state.type, state.source, state.target, state.directed, state.role, state.qualifier, state.context, state.status, state.confidence, state.version + 1, state.reason],
  );
  const claims = state.claims.length ? (await tx.query<{ ord: number }>('UPDATE claims SET relation_id = $1 WHERE ord = ANY($2::int4[]) RETURNING ord', [state.id, state.claims])).map((c) => c.ord) : [];
  // A claim that went with its relation (a loop the merge dropped) is not there to point at.
  await writeEvidence(tx, state.id, state.evidence.map((e) => (e.claimOrd !== null && !claims.includes(e.claimOrd) ? { ...e, claimOrd: null, itemOrd: null } : e)));
}

/** Replace a relation's quotes, each checked verbatim against its article's stored text. */
async function writeEvidence(tx: Sql, id: string, evidence: EvidenceState[]): Promise<void> {
  if (!evidence.length) throw new InvalidArgumentError('quote', 'a relation needs at least one quote');
  const bodies = new Map((await tx.query<{ id: string; body: string }>('SELECT id, body FROM articles WHERE id = ANY($1::text[])', [[...new Set(evidence.map((e) => e.article))]])).map((r) => [r.id, r.body]));
  for (const e of evidence) {
    const body = bodies.get(e.article);
    if (body === undefined) throw new ConflictError({ missingArticle: e.article });
    if (body.slice(e.start, e.end) !== e.quote) throw new InvalidArgumentError('quote', `not the text of "${e.article}" at ${e.start}`);
  }
  await tx.query('DELETE FROM evidence WHERE relation_id = $1', [id]);
  await tx.query(
    `INSERT INTO evidence (relation_id, article_id, start_offset, end_offset, quote, stated_date, stated_precision, stated_source, origin, claim_ord, item_ord)
     SELECT $1, * FROM unnest($2::text[], $3::int4[], $4::int4[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int4[], $11::int4[])`,
    [
      id,
      evidence.map((e) => e.article),
      evidence.map((e) => e.start),
      evidence.map((e) => e.end),
      evidence.map((e) => e.quote),
      evidence.map((e) => e.statedAt?.date ?? null),
      evidence.map((e) => e.statedAt?.precision ?? null),
      evidence.map((e) => e.statedAt?.source ?? null),
      evidence.map((e) => e.origin),
      evidence.map((e) => e.claimOrd),
      evidence.map((e) => e.itemOrd),
    ],
  );
}

/** The writer's lock, the current state, and the version check: what every review write starts with. */
export async function lockedRelation(tx: Sql, id: string, version: number | null): Promise<RelationState> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  const current = await relationState(tx, id, true);
  if (!current) throw new InvalidArgumentError('id', `no relation "${id}"`);
  if (version !== null && current.version !== version) throw new ConflictError(current);
  return current;
}

export async function reviewRelation(db: Database, input: { id: string; version: number; decision: Decision; reason?: string | null }, actor: string): Promise<RelationState> {
  if (input.decision === 'REJECT' && !REJECT_REASONS.includes(input.reason as RejectReason)) {
    throw new InvalidArgumentError('reason', `a rejection needs a reason, one of ${REJECT_REASONS.join(', ')}`);
  }
  return db.transaction(async (tx) => {
    const current = await lockedRelation(tx, input.id, input.version);
    if (current.status === 'CURATED') throw new InvalidArgumentError('id', 'curated relations are reviewed in data/catalog, not here');
    const status: RelationStatus = input.decision === 'ACCEPT' ? 'ACCEPTED' : input.decision === 'REJECT' ? 'REJECTED' : 'UNREVIEWED';
    return applyRelation(tx, current, { status, reason: input.decision === 'REJECT' ? input.reason! : null }, actor, 'REVIEW');
  });
}

/**
 * Edit type, direction (swap source and target), ends, qualifier, context, or the statement date of its quotes
 * (`statedAt`: of every quote, or of the one `at` names); an edited machine claim counts as accepted.
 */
export async function updateRelation(
  db: Database,
  input: { id: string; version: number; statedAt?: string | null; at?: { article: string; start: number } | null } & Omit<RelationPatch, 'status' | 'reason' | 'evidence'>,
  actor: string,
): Promise<RelationState> {
  const patch: RelationPatch = {};
  const statedAt = input.statedAt != null ? parseStatedAt(input.statedAt) : null;
  if (input.type != null) {
    if (!RELATION_TYPES.includes(input.type)) throw new InvalidArgumentError('type', `must be one of ${RELATION_TYPES.join(', ')}`);
    patch.type = input.type;
  }
  for (const key of ['source', 'target'] as const) if (input[key] != null) patch[key] = input[key];
  for (const key of ['qualifier', 'context'] as const) {
    if (input[key] === undefined) continue;
    const text = input[key]?.trim() || null;
    if (text && text.length > MAX_TEXT) throw new InvalidArgumentError(key, `at most ${MAX_TEXT} characters`);
    patch[key] = text;
  }
  return db.transaction(async (tx) => {
    const current = await lockedRelation(tx, input.id, input.version);
    if (statedAt) patch.evidence = datedEvidence(current, statedAt, input.at);
    if (current.status === 'UNREVIEWED') patch.status = 'ACCEPTED';
    return applyRelation(tx, current, patch, actor, 'UPDATE');
  });
}

/** Write `patch` over `current` (re-keying when type or ends change), record it, bump versions. Inside a transaction. */
export async function applyRelation(tx: Sql, current: RelationState, patch: RelationPatch, actor: string, action: string): Promise<RelationState> {
  const type = patch.type ?? current.type;
  let [source, target] = [patch.source ?? current.source, patch.target ?? current.target];
  if (source === target) throw new InvalidArgumentError('target', 'a relation needs two different entities');
  if (!isDirected(type) && source > target) [source, target] = [target, source];
  const id = relationId(type, source, target);
  if (id !== current.id) {
    const found = await tx.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1::text[])', [[source, target]]);
    for (const [key, end] of [['source', source], ['target', target]] as const) {
      if (!found.some((r) => r.id === end)) throw new InvalidArgumentError(key, `no entity "${end}"`);
    }
    if ((await tx.query('SELECT 1 FROM relations WHERE id = $1', [id])).length) {
      throw new InvalidArgumentError('type', `that relation already exists (${id}); reject this one as a DUPLICATE instead`);
    }
    await tx.query(
      `INSERT INTO relations (id, type, source, target, directed, role, qualifier, context, status, confidence, version, review_reason)
       SELECT $1, $2, $3, $4, $5, role, qualifier, context, status, confidence, version, review_reason FROM relations WHERE id = $6`,
      [id, type, source, target, isDirected(type), current.id],
    );
    await tx.query('UPDATE evidence SET relation_id = $1 WHERE relation_id = $2', [id, current.id]);
    await tx.query('UPDATE claims SET relation_id = $1 WHERE relation_id = $2', [id, current.id]);
    await tx.query('DELETE FROM relations WHERE id = $1', [current.id]);
  }
  const next = {
    qualifier: patch.qualifier !== undefined ? patch.qualifier : current.qualifier,
    context: patch.context !== undefined ? patch.context : current.context,
    status: patch.status ?? current.status,
    reason: patch.reason !== undefined ? patch.reason : current.reason,
  };
  await tx.query('UPDATE relations SET qualifier = $2, context = $3, status = $4, review_reason = $5, version = version + 1 WHERE id = $1', [id, next.qualifier, next.context, next.status, next.reason]);
  if (patch.evidence) await writeEvidence(tx, id, patch.evidence);
  const after = (await relationState(tx, id))!;
  await record(tx, actor, action, 'RELATION', id, current, after);
  await bumpVersion(tx);
  return after;
}
