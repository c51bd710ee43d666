// Review over a real store (embedded, or a server when DATABASE_URL is set): what the machine extracted starts
// UNREVIEWED; accepting, rejecting, editing and merging change what the graph serves; a stale version is a
// conflict with nothing written; every change is in the history and a reviewer can revert it; sign-in is hashed,
// sessioned and rate-limited.
import { describe, expect, it } from 'vitest';
import { entityRelations, getEntity, resolveEntityId } from '@/graph';
import { ingestArticle } from '@/graph/store/ingest';
import { ownDatabase } from '@/graph/store/writer';
import { parseArticle } from '@/graph/corpus';
import {
  addApiToken, addUser, ConflictError, historyOf, relationRecords, MAX_FAILURES, mergeEntities, RateLimitedError, reviewQueue, reviewRelation,
  revert, sessionFor, signIn, signOut, tokenUser, updateEntity, updateRelation,
} from '@/graph/review';
import { InvalidArgumentError } from '@/graph/errors';
import { scratchStore, type ScratchStore } from '../support/store';
import { useOwnedStore } from './helpers';
import { exportStore } from '@/graph/store/export';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Written for this test (not a real report): two new actors, a stance, a proposal, a meeting.
const ARTICLE = parseArticle(`---
id: review-core-article
title: Iceland and Portugal float an Atlantic patrol mission
publishedAt: 2025-04-02
---
Icelandic Foreign Minister Sigrun Haraldsdottir proposed an Atlantic patrol mission to escort supply ships bound for Ukraine.
Portuguese Defence Minister Tiago Mendonca met with Haraldsdottir in Lisbon on Tuesday and said Portugal supports the Atlantic patrol mission.
`);

const owned = useOwnedStore(ARTICLE);
const { graph } = owned;

describe('review queue and decisions', { timeout: 60_000 }, () => {
  it('should queue every extracted relation as UNREVIEWED with its verbatim quote in context', async () => {
    const { items, remaining } = await reviewQueue(owned.db, { article: ARTICLE.id });
    expect(remaining).toBeGreaterThanOrEqual(3);
    expect(items).toHaveLength(remaining);
    for (const item of items) {
      expect(item.status).toBe('UNREVIEWED');
      expect(item.quotes.length).toBeGreaterThan(0);
      for (const q of item.quotes) expect(ARTICLE.text.slice(q.start, q.end)).toBe(q.quote);
    }
    // Curated relations are never in the queue.
    const curated = await reviewQueue(owned.db, { status: 'CURATED', first: 1 });
    expect(curated.remaining).toBeGreaterThan(100);
  });

  it('should accept, reject with a reason, and refuse a rejection without one', async () => {
    const [a, b] = (await reviewQueue(owned.db, { article: ARTICLE.id })).items;
    const accepted = await reviewRelation(owned.db, { id: a.id, version: a.version, decision: 'ACCEPT' }, 'ana');
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: a.version + 1 });
    await expect(reviewRelation(owned.db, { id: b.id, version: b.version, decision: 'REJECT' }, 'ana')).rejects.toBeInstanceOf(InvalidArgumentError);
    const rejected = await reviewRelation(owned.db, { id: b.id, version: b.version, decision: 'REJECT', reason: 'NOT_STATED' }, 'ana');
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: 'NOT_STATED' });

    const kg = await graph();
    const served = (id: string) => [...entityRelations(kg, a.source.id), ...entityRelations(kg, b.source.id)].find((r) => r.id === id);
    expect(served(a.id)?.status).toBe('ACCEPTED');
    // Rejected: kept in the store, left out of what is served.
    expect(served(b.id)).toBeUndefined();
    expect((await reviewQueue(owned.db, { status: 'REJECTED' })).items.map((i) => i.id)).toContain(b.id);
    expect((await reviewQueue(owned.db, { article: ARTICLE.id })).remaining).toBe((await reviewQueue(owned.db, { article: ARTICLE.id })).items.length);
  });

  it('should let one of two reviewers holding the same version save, and give the other a conflict with the current state', async () => {
    const [item] = (await reviewQueue(owned.db, { article: ARTICLE.id })).items;
    const results = await Promise.allSettled([
      reviewRelation(owned.db, { id: item.id, version: item.version, decision: 'ACCEPT' }, 'ana'),
      updateRelation(owned.db, { id: item.id, version: item.version, qualifier: 'only at sea' }, 'ben'),
    ]);
    const saved = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ version: item.version + 1 });
    // Exactly one change was recorded.
    expect((await historyOf(owned.db, 'RELATION', item.id)).filter((h) => h.actor === 'ana' || h.actor === 'ben')).toHaveLength(1);
  });

  it('should edit type and direction (moving the evidence to the new id) and revert the edit', async () => {
    const [item] = (await reviewQueue(owned.db, { article: ARTICLE.id })).items.filter((i) => i.type !== 'MET_WITH');
    const edited = await updateRelation(owned.db, { id: item.id, version: item.version, type: 'OPPOSES', source: item.target.id, target: item.source.id, qualifier: 'at first' }, 'ana');
    expect(edited).toMatchObject({ type: 'OPPOSES', source: item.target.id, target: item.source.id, qualifier: 'at first', status: 'ACCEPTED' });
    let kg = await graph();
    const moved = entityRelations(kg, item.target.id).find((r) => r.id === edited.id)!;
    expect(moved.evidence.map((e) => e.quote)).toEqual(item.quotes.map((q) => q.quote));
    expect(entityRelations(kg, item.source.id).find((r) => r.id === item.id)).toBeUndefined();

    const [change] = await historyOf(owned.db, 'RELATION', item.id);
    expect(change).toMatchObject({ action: 'UPDATE', actor: 'ana', revertible: true, before: { id: item.id, status: 'UNREVIEWED' }, after: { id: edited.id } });
    const { relation: restored } = (await revert(owned.db, change.id, 'ben')) as { relation: unknown };
    expect(restored).toMatchObject({ id: item.id, type: item.type, status: 'UNREVIEWED', qualifier: item.qualifier });
    kg = await graph();
    expect(entityRelations(kg, item.source.id).find((r) => r.id === item.id)?.evidence).toHaveLength(item.quotes.length);
    // Reverting the same change again would overwrite what came after it: a conflict.
    await expect(revert(owned.db, change.id, 'ben')).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('entity review', { timeout: 60_000 }, () => {
  it('should rename (keeping the old name as an alias), add and remove an alias, and revert', async () => {
    const kg = await graph();
    const before = getEntity(kg, 'tiago-mendonca')!;
    const state = await updateEntity(owned.db, { id: before.id, version: 1, name: 'Tiago Mendonça', addAlias: 'Mendonça' }, 'ana');
    expect(state).toMatchObject({ name: 'Tiago Mendonça', version: 2 });
    expect(state.aliases).toEqual(expect.arrayContaining([before.name, 'Mendonça']));
    expect(getEntity(await graph(), before.id)!.name).toBe('Tiago Mendonça');
    await expect(updateEntity(owned.db, { id: before.id, version: 1, type: 'COUNTRY' }, 'ben')).rejects.toBeInstanceOf(ConflictError);
    const removed = await updateEntity(owned.db, { id: before.id, version: 2, removeAlias: 'Mendonça' }, 'ana');
    expect(removed.aliases).not.toContain('Mendonça');
    const [last] = await historyOf(owned.db, 'ENTITY', before.id);
    const { entity: reverted } = (await revert(owned.db, last.id, 'ben')) as { entity: { name: string; aliases: string[] } };
    expect(reverted).toMatchObject({ name: 'Tiago Mendonça' });
    expect(reverted.aliases).toContain('Mendonça');
  });

  it('should merge one entity into another: relations and aliases move, the old id resolves to the survivor', async () => {
    const kg = await graph();
    const fromRelations = entityRelations(kg, 'sigrun-haraldsdottir').length;
    expect(fromRelations).toBeGreaterThan(0);
    const merged = await mergeEntities(owned.db, { from: 'sigrun-haraldsdottir', into: 'keir-starmer' }, 'ana');
    expect(merged.aliases).toContain('Sigrun Haraldsdottir');
    const after = await graph();
    expect(getEntity(after, 'sigrun-haraldsdottir')?.id).toBe('keir-starmer');
    expect(resolveEntityId(after, 'sigrun-haraldsdottir')).toBe('keir-starmer');
    const ids = entityRelations(after, 'keir-starmer').map((r) => r.id);
    expect(ids.some((id) => id.startsWith('proposed:keir-starmer:'))).toBe(true);
    expect((await historyOf(owned.db, 'ENTITY', 'keir-starmer')).map((h) => h.action)).toContain('MERGE');
    await expect(mergeEntities(owned.db, { from: 'keir-starmer', into: 'keir-starmer' }, 'ana')).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('reviewers', { timeout: 60_000 }, () => {
  it('should sign in with the right password only, hold a session with its own CSRF token, and sign out', async () => {
    await addUser(owned.db, 'ana', 'correct horse battery');
    await expect(addUser(owned.db, 'ana', 'another long password')).rejects.toThrow(/already exists/);
    await expect(addUser(owned.db, 'bob', 'short')).rejects.toThrow(/at least 12/);
    await expect(signIn(owned.db, 'ana', 'wrong password!')).rejects.toBeInstanceOf(InvalidArgumentError);
    const session = await signIn(owned.db, 'ana', 'correct horse battery');
    expect(session.csrf).not.toBe(session.token);
    expect(await sessionFor(owned.db, session.token)).toMatchObject({ user: 'ana', csrf: session.csrf });
    const [{ hash }] = await owned.db.query<{ hash: string }>("SELECT password_hash AS hash FROM users WHERE name = 'ana'");
    expect(hash).toMatch(/^\$2[aby]\$/);
    await signOut(owned.db, session.token);
    expect(await sessionFor(owned.db, session.token)).toBeNull();
    const token = await addApiToken(owned.db, 'ana', 'script');
    expect(await tokenUser(owned.db, token)).toBe('ana');
    expect(await tokenUser(owned.db, `${token}x`)).toBeNull();
  });

  it(`should refuse sign-in after ${MAX_FAILURES} failures for a name, even with the right password`, async () => {
    await addUser(owned.db, 'carl', 'a long enough password');
    for (let i = 0; i < MAX_FAILURES; i++) await expect(signIn(owned.db, 'carl', `guess ${i}`)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(signIn(owned.db, 'carl', 'a long enough password')).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe('export and import of review decisions', { timeout: 180_000 }, () => {
  it('should write decisions to data/catalog/reviews.yaml and reproduce them when that text is imported', async () => {
    const source = await scratchStore();
    const out = mkdtempSync(join(tmpdir(), 'review-export-'));
    let copy: ScratchStore | undefined;
    try {
      const decided = await (async () => {
        const db = (await ownDatabase({ dataDir: source.dataDir, databaseUrl: source.databaseUrl }))!;
        try {
          await ingestArticle(db.db, ARTICLE, 'test');
          const [a, b, c] = (await reviewQueue(db.db, { article: ARTICLE.id })).items;
          await reviewRelation(db.db, { id: a.id, version: a.version, decision: 'ACCEPT' }, 'ana');
          await reviewRelation(db.db, { id: b.id, version: b.version, decision: 'REJECT', reason: 'WRONG_TYPE' }, 'ana');
          await updateRelation(db.db, { id: c.id, version: c.version, qualifier: 'if the Althing agrees', statedAt: '2024-11' }, 'ana');
          await exportStore(db.db, out);
          return { accepted: a.id, rejected: b.id, edited: c.id, left: (await reviewQueue(db.db, { article: ARTICLE.id })).remaining };
        } finally {
          await db.release();
        }
      })();
      const text = readFileSync(join(out, 'catalog', 'reviews.yaml'), 'utf8');
      expect(text).toContain(`relation: ${decided.rejected}`);
      expect(text).toContain('reason: WRONG_TYPE');
      expect(text).toContain('qualifier: if the Althing agrees');

      copy = await scratchStore(out);
      if (existsSync(join(out, 'extracted'))) cpSync(join(out, 'extracted'), join(copy.dataDir, 'extracted'), { recursive: true });
      const db = (await ownDatabase({ dataDir: copy.dataDir, databaseUrl: copy.databaseUrl }))!;
      try {
        const records = await relationRecords(db.db, [decided.accepted, decided.rejected, decided.edited]);
        expect(records.map((r) => [r.status, r.reason, r.qualifier])).toEqual([
          ['ACCEPTED', null, records[0].qualifier],
          ['REJECTED', 'WRONG_TYPE', records[1].qualifier],
          ['ACCEPTED', null, 'if the Althing agrees'],
        ]);
        expect((await reviewQueue(db.db, { article: ARTICLE.id })).remaining).toBe(decided.left);
        // The reviewer's statement date, not the one the text alone gives.
        expect(records[2].quotes.map((q) => q.statedAt)).toEqual(records[2].quotes.map(() => ({ date: '2024-11', precision: 'MONTH', source: 'TEXT' })));
      } finally {
        await db.release();
      }
    } finally {
      await source.cleanup();
      await copy?.cleanup();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
