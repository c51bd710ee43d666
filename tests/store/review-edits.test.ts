// Correcting machine claims over a real store (embedded, or a server when DATABASE_URL is set): a quote's statement
// date, a different or additional quote (found verbatim by the store), splitting a wrong merge, reverting an ingest,
// and a rename reaching search and mentions. Each change is recorded and can be reverted.
import { describe, expect, it } from 'vitest';
import { entityMentions, entityRelations, getEntity, resolveEntityId, search } from '@/graph';
import { parseArticle } from '@/graph/corpus';
import { InvalidArgumentError } from '@/graph/errors';
import { ingestArticle } from '@/graph/store/ingest';
import {
  ConflictError, entityState, historyOf, mergeEntities, relationRecords, reviewQueue, reviewRelation, revert, setRelationEvidence, splitEntity, updateEntity,
  updateRelation, type QueueItem,
} from '@/graph/review';
import { useOwnedStore } from './helpers';

// Written for this test (not a real report): new actors, a proposal, a stance, a meeting.
const ARTICLE = parseArticle(`---
id: review-edits-article
title: Latvia and Ireland weigh a Baltic air policing mission
publishedAt: 2025-03-12
---
Latvian Defence Minister Andris Kalnins proposed a Baltic air policing mission for Ukraine on Monday.
Irish Taoiseach Ciaran Mulcahy met with Kalnins in Dublin on 10 March 2025 and said Ireland supports the Baltic air policing mission.
Kalnins also said that the Baltic air policing mission would need a UN mandate.
`);
// A second article whose ingest is reverted.
const LATER = parseArticle(`---
id: review-edits-later
title: Slovenia backs a Danube patrol mission
publishedAt: 2025-03-20
---
Slovenian Foreign Minister Tanja Fajonova proposed a Danube patrol mission for Ukraine.
Slovenia supports the Danube patrol mission.
`);

const owned = useOwnedStore(ARTICLE);
const { graph } = owned;
const queued = async (type: string, article = ARTICLE.id) => (await reviewQueue(owned.db, { article })).items.find((i) => i.type === type)!;
const fresh = async (item: QueueItem) => (await relationRecords(owned.db, [item.id]))[0];

describe('#updateRelation statedAt', { timeout: 60_000 }, () => {
  it('should set a quote’s statement date with the precision its form gives, and revert it', async () => {
    const item = await queued('SUPPORTS');
    const original = item.quotes[0].statedAt;
    const day = await updateRelation(owned.db, { id: item.id, version: item.version, statedAt: '2025-02-14' }, 'ana');
    expect(day.evidence.map((e) => e.statedAt)).toEqual([{ date: '2025-02-14', precision: 'DAY', source: 'TEXT' }]);
    const month = await updateRelation(owned.db, { id: item.id, version: day.version, statedAt: '2025-02', at: { article: ARTICLE.id, start: item.quotes[0].start } }, 'ana');
    expect(month.evidence[0].statedAt).toMatchObject({ date: '2025-02', precision: 'MONTH' });
    const year = await updateRelation(owned.db, { id: item.id, version: month.version, statedAt: '2025' }, 'ana');
    expect(year.evidence[0].statedAt).toMatchObject({ date: '2025', precision: 'YEAR' });
    // What the graph serves carries the reviewer's date.
    expect(entityRelations(await graph(), 'ireland').find((r) => r.id === item.id)!.evidence[0].statedAt).toMatchObject({ date: '2025', precision: 'YEAR' });

    for (const bad of ['2025-13', '14/02/2025', '2025-02-30', 'soon']) {
      const refused = updateRelation(owned.db, { id: item.id, version: year.version, statedAt: bad }, 'ana');
      await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(refused).rejects.toMatchObject({ argument: 'statedAt' });
    }
    await expect(updateRelation(owned.db, { id: item.id, version: year.version, statedAt: '2025-01', at: { article: ARTICLE.id, start: 1 } }, 'ana')).rejects.toMatchObject({ argument: 'evidence' });
    expect((await fresh(item)).version).toBe(year.version);

    const [last] = await historyOf(owned.db, 'RELATION', item.id);
    expect(last).toMatchObject({ action: 'UPDATE', revertible: true });
    await revert(owned.db, last.id, 'ben');
    expect((await fresh(item)).quotes[0].statedAt).toMatchObject({ date: '2025-02', precision: 'MONTH' });
    expect(original).not.toBeNull();
  });
});

describe('#setRelationEvidence', { timeout: 60_000 }, () => {
  const extra = 'Kalnins also said that the Baltic air policing mission would need a UN mandate.';

  it('should add a quote the store finds verbatim (offsets its own), replace the quotes, and revert', async () => {
    const item = await queued('PROPOSED');
    const added = await setRelationEvidence(owned.db, { id: item.id, version: item.version, article: ARTICLE.id, quote: `  ${extra}\n`, mode: 'ADD' }, 'ana');
    expect(added.status).toBe('ACCEPTED');
    const start = ARTICLE.text.indexOf(extra);
    expect(added.evidence.map((e) => [e.start, e.end, e.quote])).toEqual([
      [item.quotes[0].start, item.quotes[0].end, item.quotes[0].quote],
      [start, start + extra.length, extra],
    ]);
    // Dated from the article like any extracted quote (its publication date here).
    expect(added.evidence[1].statedAt?.date).toMatch(/^2025-03/);
    const served = entityRelations(await graph(), 'andris-kalnins').find((r) => r.id === item.id)!;
    expect(served.evidence.map((e) => e.quote)).toEqual([item.quotes[0].quote, extra]);

    await expect(setRelationEvidence(owned.db, { id: item.id, version: added.version, article: ARTICLE.id, quote: extra, mode: 'ADD' }, 'ana')).rejects.toThrow(/already backs/);

    const replaced = await setRelationEvidence(owned.db, { id: item.id, version: added.version, article: ARTICLE.id, quote: extra, mode: 'REPLACE' }, 'ana');
    expect(replaced.evidence.map((e) => e.quote)).toEqual([extra]);

    const [change] = await historyOf(owned.db, 'RELATION', item.id);
    expect(change).toMatchObject({ action: 'EVIDENCE', revertible: true });
    await revert(owned.db, change.id, 'ben');
    expect((await fresh(item)).quotes.map((q) => q.quote)).toEqual([item.quotes[0].quote, extra]);
  });

  it('should refuse a quote that is not in the article, naming where it stops matching, and write nothing', async () => {
    const item = (await relationRecords(owned.db, [(await queued('REPRESENTS')).id]))[0];
    const wrong = 'Kalnins also said that the Baltic air policing mission would need a NATO mandate.';
    const refused = setRelationEvidence(owned.db, { id: item.id, version: item.version, article: ARTICLE.id, quote: wrong, mode: 'ADD' }, 'ana');
    await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(refused).rejects.toThrow(/not found verbatim in article "review-edits-article".*differs at "NATO mandate\."/);
    await expect(setRelationEvidence(owned.db, { id: item.id, version: item.version, article: 'no-such-article', quote: extra, mode: 'ADD' }, 'ana')).rejects.toMatchObject({ argument: 'article' });
    await expect(setRelationEvidence(owned.db, { id: item.id, version: item.version + 5, article: ARTICLE.id, quote: extra, mode: 'ADD' }, 'ana')).rejects.toBeInstanceOf(ConflictError);
    expect(await fresh(item)).toEqual(item);
  });

  it('should refuse to change the quotes of a curated relation', async () => {
    const [curated] = (await reviewQueue(owned.db, { status: 'CURATED', first: 1 })).items;
    await expect(setRelationEvidence(owned.db, { id: curated.id, version: curated.version, article: curated.quotes[0].article, quote: curated.quotes[0].quote, mode: 'ADD' }, 'ana')).rejects.toThrow(/curated/);
  });
});

describe('#splitEntity', { timeout: 120_000 }, () => {
  it('should undo a merge: the old id stops redirecting, its names, mentions and relations come back', async () => {
    const before = await graph();
    const kalnins = getEntity(before, 'andris-kalnins')!;
    const relations = entityRelations(before, 'andris-kalnins').map((r) => ({ id: r.id, status: r.status, quotes: r.evidence.map((e) => e.quote) }));
    const mentions = entityMentions(before, 'andris-kalnins').length;
    const starmer = (await entityState(owned.db, 'keir-starmer'))!;
    expect(relations.length).toBeGreaterThan(1);
    expect(mentions).toBeGreaterThan(0);

    await mergeEntities(owned.db, { from: 'andris-kalnins', into: 'keir-starmer' }, 'ana');
    const merged = await graph();
    expect(resolveEntityId(merged, 'andris-kalnins')).toBe('keir-starmer');
    expect(getEntity(merged, 'keir-starmer')!.aliases).toContain('Andris Kalnins');

    // The merge shows on the survivor's history as a change that can be undone.
    const change = (await historyOf(owned.db, 'ENTITY', 'keir-starmer')).find((h) => h.action === 'MERGED_INTO')!;
    expect(change).toMatchObject({ subjectId: 'andris-kalnins', revertible: true });

    const restored = await splitEntity(owned.db, 'andris-kalnins', 'ben');
    expect(restored).toMatchObject({ id: 'andris-kalnins', name: kalnins.name });
    const split = await graph();
    expect(resolveEntityId(split, 'andris-kalnins')).toBe('andris-kalnins');
    expect(getEntity(split, 'andris-kalnins')!.aliases).toEqual(kalnins.aliases);
    expect(getEntity(split, 'keir-starmer')!.aliases).toEqual([...starmer.aliases]);
    expect(entityRelations(split, 'andris-kalnins').map((r) => ({ id: r.id, status: r.status, quotes: r.evidence.map((e) => e.quote) }))).toEqual(relations);
    expect(entityRelations(split, 'keir-starmer').some((r) => r.id.includes('baltic-air-policing'))).toBe(false);
    expect(entityMentions(split, 'andris-kalnins')).toHaveLength(mentions);

    const history = await historyOf(owned.db, 'ENTITY', 'andris-kalnins');
    expect(history[0]).toMatchObject({ action: 'SPLIT', actor: 'ben' });
    // Split already: the merge is no longer something to undo.
    expect(history.find((h) => h.id === change.id)?.revertible).toBe(false);
    await expect(revert(owned.db, change.id, 'ben')).rejects.toBeInstanceOf(ConflictError);
  });

  it('should refuse to split when a relation the merge made was reviewed since, writing nothing', async () => {
    await mergeEntities(owned.db, { from: 'andris-kalnins', into: 'keir-starmer' }, 'ana');
    // Only the latest merge of an id can be undone: the earlier one (split already) stays history.
    const merges = (await historyOf(owned.db, 'ENTITY', 'keir-starmer')).filter((h) => h.action === 'MERGED_INTO');
    expect(merges.map((h) => h.revertible)).toEqual([true, false]);
    await expect(revert(owned.db, merges[1].id, 'ben')).rejects.toThrow(/split or merged again after this merge/);
    const made = (await reviewQueue(owned.db, { article: ARTICLE.id, status: 'UNREVIEWED' })).items.find((i) => i.source.id === 'keir-starmer')!;
    await reviewRelation(owned.db, { id: made.id, version: made.version, decision: 'REJECT', reason: 'WRONG_ENTITY' }, 'ana');
    await expect(splitEntity(owned.db, 'andris-kalnins', 'ben')).rejects.toThrow(/reviewed or edited after the merge/);
    expect(resolveEntityId(await graph(), 'andris-kalnins')).toBe('keir-starmer');
    // Undo the review, and the split goes through.
    const [review] = await historyOf(owned.db, 'RELATION', made.id);
    await revert(owned.db, review.id, 'ana');
    await splitEntity(owned.db, 'andris-kalnins', 'ben');
    expect(resolveEntityId(await graph(), 'andris-kalnins')).toBe('andris-kalnins');
    await expect(splitEntity(owned.db, 'ireland', 'ben')).rejects.toMatchObject({ argument: 'merged' });
  });
});

describe('revert an ingest', { timeout: 120_000 }, () => {
  it('should remove the article with the relations and entities only it added', async () => {
    const counts = async () => (await owned.db.query<{ n: number }>('SELECT (SELECT count(*) FROM relations) + (SELECT count(*) FROM entities) + (SELECT count(*) FROM aliases) + (SELECT count(*) FROM mentions) AS n'))[0].n;
    const beforeCount = Number(await counts());
    await ingestArticle(owned.db, LATER, 'ana');
    const kg = await graph();
    expect(kg.articles.get(LATER.id)).toBeDefined();
    expect(getEntity(kg, 'danube-patrol-mission')).not.toBeNull();
    const [ingest] = await historyOf(owned.db, 'ARTICLE', LATER.id);
    expect(ingest).toMatchObject({ action: 'INGEST', revertible: true });

    const result = await revert(owned.db, ingest.id, 'ben');
    expect(result).toEqual({ article: LATER.id });
    const after = await graph();
    expect(after.articles.get(LATER.id)).toBeUndefined();
    expect(getEntity(after, 'danube-patrol-mission')).toBeNull();
    expect(entityRelations(after, 'slovenia').some((r) => r.id.includes('danube'))).toBe(false);
    expect(Number(await counts())).toBe(beforeCount);
    expect((await historyOf(owned.db, 'ARTICLE', LATER.id)).map((h) => [h.action, h.revertible])).toEqual([['REVERT', false], ['INGEST', false]]);
    // Gone, so it can be added again; the first ingest is then history, not something to undo.
    expect((await ingestArticle(owned.db, LATER, 'ana')).outcome).toBe('ADDED');
    expect((await historyOf(owned.db, 'ARTICLE', LATER.id)).map((h) => [h.action, h.revertible])).toEqual([['INGEST', true], ['REVERT', false], ['INGEST', false]]);
    await expect(revert(owned.db, ingest.id, 'ben')).rejects.toThrow(/added again after this ingest/);
  });

  it('should refuse, naming the relation, when one of its claims was reviewed since', async () => {
    const item = await queued('SUPPORTS', LATER.id);
    await reviewRelation(owned.db, { id: item.id, version: item.version, decision: 'ACCEPT' }, 'ana');
    const [ingest] = (await historyOf(owned.db, 'ARTICLE', LATER.id)).filter((h) => h.action === 'INGEST');
    await expect(revert(owned.db, ingest.id, 'ben')).rejects.toThrow(new RegExp(`relation ${item.id} \\(review by ana\\)`));
    expect((await graph()).articles.get(LATER.id)).toBeDefined();
    expect((await fresh(item)).status).toBe('ACCEPTED');
  });
});

describe('revert an ingest whose entity a later article uses', { timeout: 120_000 }, () => {
  it('should keep the entity for the later article, filed under it', async () => {
    // Written for this test (not a real report).
    const after = parseArticle(`---\nid: review-edits-croatia\ntitle: Croatia joins the Danube patrol mission\npublishedAt: 2025-03-25\n---\nCroatia supports the Danube patrol mission.\n`);
    await ingestArticle(owned.db, after, 'ana');
    const kept = (await reviewQueue(owned.db, { article: after.id })).items.find((i) => i.target.id === 'danube-patrol-mission');
    expect(kept).toBeDefined();
    // Undo the review that blocks it (previous test), then the first article's ingest.
    const [review] = (await historyOf(owned.db, 'RELATION', (await queued('SUPPORTS', LATER.id))?.id ?? 'supports:slovenia:danube-patrol-mission')).filter((h) => h.action === 'REVIEW');
    await revert(owned.db, review.id, 'ana');
    const [ingest] = (await historyOf(owned.db, 'ARTICLE', LATER.id)).filter((h) => h.revertible);
    await revert(owned.db, ingest.id, 'ben');
    const kg = await graph();
    expect(kg.articles.get(LATER.id)).toBeUndefined();
    expect(getEntity(kg, 'danube-patrol-mission')).not.toBeNull();
    expect(entityRelations(kg, 'danube-patrol-mission').map((r) => r.id)).toEqual([kept!.id]);
    const [row] = await owned.db.query<{ article_id: string | null }>("SELECT article_id FROM entities WHERE id = 'danube-patrol-mission'");
    expect(row.article_id).toBe(after.id);
  });
});

describe('rename', { timeout: 60_000 }, () => {
  it('should find the entity by its new name and keep its mentions under it', async () => {
    const state = (await entityState(owned.db, 'andris-kalnins'))!;
    const mentions = entityMentions(await graph(), 'andris-kalnins').length;
    await updateEntity(owned.db, { id: state.id, version: state.version, name: 'Andris Kalniņš' }, 'ana');
    const kg = await graph();
    expect(search(kg, 'Kalniņš')[0]?.id).toBe('andris-kalnins');
    expect(search(kg, 'kalnins')[0]?.name).toBe('Andris Kalniņš');
    expect(entityMentions(kg, 'andris-kalnins')).toHaveLength(mentions);
    expect(kg.mentions.ofEntity('andris-kalnins').length).toBe(mentions);
  });
});
