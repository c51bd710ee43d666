// Extraction ahead (a worker thread extracts the next group while one is written) must leave exactly the store that
// extracting each group in place leaves — also when the next group names what the group before it created, and when
// another write lands between two groups — and it must really be used.
import { afterAll, describe, expect, it } from 'vitest';
import { aheadExtraction, type AheadExtraction } from '@/graph/extract/ahead';
import { ingestArticles } from '@/graph/store/ingest';
import type { Database } from '@/graph/store/driver';
import { ownDatabase } from '@/graph/store/writer';
import type { Article } from '@/graph/types';
import { scratchStore, type ScratchStore } from '../support/store';

const article = (id: string, publishedAt: string, text: string): Article => ({ id, title: text.split('.')[0], publishedAt, text });
const GROUPS: Article[][] = [
  [
    article('ahead-1', '2025-03-03', 'Norway’s defence minister Helga Brandtvik said on Monday that Norway would send troops to a European peacekeeping force. Brandtvik met Keir Starmer in London.'),
    article('ahead-2', '2025-03-04', 'Finland’s president Alexander Stubb said Finland supports security guarantees for Ukraine.'),
  ],
  [
    // Names the minister the group before it created.
    article('ahead-3', '2025-03-05', 'Brandtvik told reporters on Wednesday that the force needs a U.S. backstop. Helga Brandtvik also met Alexander Stubb.'),
    article('ahead-4', '2025-03-06', 'Poland’s prime minister Donald Tusk ruled out sending Polish troops to Ukraine.'),
  ],
  [
    // Names the envoy another write creates between this group's preparation and its transaction.
    article('ahead-5', '2025-03-07', 'Envoy Maris Kalnietis said Latvia backs the coalition of the willing. Kalnietis met Donald Tusk in Warsaw.'),
    article('ahead-6', '2025-03-08', 'Estonia’s defence minister Hanno Pevkur said Estonia would consider sending troops.'),
  ],
  [article('ahead-7', '2025-03-09', 'Hanno Pevkur and Helga Brandtvik met in Tallinn on Sunday. Pevkur said the European force must have air cover.')],
];
const BETWEEN = article('ahead-between', '2025-03-06', 'Latvia’s envoy Maris Kalnietis said Latvia supports a ceasefire.');

/** Ingest the groups (the other write after the second), with or without extraction ahead; read back what a user sees. */
async function ingestAll(db: Database, ahead?: AheadExtraction) {
  for (const [i, group] of GROUPS.entries()) {
    await ingestArticles(db, group, 'test', ahead ? { ahead, next: GROUPS[i + 1] } : {});
    if (i === 1) await ingestArticles(db, [BETWEEN], 'other');
  }
  const rows = (sql: string) => db.query(sql);
  return {
    entities: await rows('SELECT id, type, name, x, y FROM entities ORDER BY id'),
    aliases: await rows('SELECT entity_id, alias, ord FROM aliases ORDER BY entity_id, ord, alias'),
    relations: await rows('SELECT id, type, source, target, confidence, status FROM relations ORDER BY id'),
    evidence: await rows('SELECT relation_id, article_id, start_offset, end_offset, stated_date, stated_precision FROM evidence ORDER BY relation_id, article_id, start_offset'),
    mentions: await rows('SELECT article_id, entity_id, start_offset, end_offset FROM mentions ORDER BY article_id, start_offset, entity_id'),
  };
}

describe('ingest with extraction ahead', { timeout: 300_000 }, () => {
  const stores: ScratchStore[] = [];
  let ahead: AheadExtraction | undefined;
  afterAll(async () => {
    await ahead?.close();
    for (const s of stores) await s.cleanup();
  });
  const inStore = async <T>(read: (db: Database) => Promise<T>): Promise<T> => {
    const store = await scratchStore();
    stores.push(store);
    const owned = (await ownDatabase({ dataDir: store.dataDir, databaseUrl: store.databaseUrl }))!;
    try {
      return await read(owned.db);
    } finally {
      await owned.release();
    }
  };

  it('should store exactly what extracting in place stores, extracting every group on both threads', async () => {
    const inPlace = await inStore((db) => ingestAll(db));
    ahead = aheadExtraction();
    await ahead.loaded;
    const used: boolean[] = [];
    const counted: AheadExtraction = { ...ahead, take: async (articles, known) => {
      const prepared = await ahead!.take(articles, known);
      used.push(prepared !== undefined);
      return prepared;
    } };
    const withAhead = await inStore((db) => ingestAll(db, counted));

    expect(withAhead).toEqual(inPlace);
    // The checks above mean something: the groups made the people and the relations, and the other write's envoy.
    expect(inPlace.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['helga-brandtvik', 'maris-kalnietis', 'hanno-pevkur']));
    expect(inPlace.relations.some((r) => r.type === 'MET_WITH' && [r.source, r.target].includes('helga-brandtvik'))).toBe(true);
    // Every group was extracted by the worker and the writer together: the first when its transaction asked for it,
    // the second (naming the minister the first created) ahead, the third again when its transaction found that the
    // other write had created its envoy after it was prepared.
    expect(used).toEqual([true, true, true, true]);
    // Every article was extracted once, by the worker or by the writer, whoever claimed it; the third group's count
    // twice when the worker had started them ahead before the writer found the group stale.
    const articles = GROUPS.flat().length;
    expect(ahead.counts.worker + ahead.counts.writer).toBeGreaterThanOrEqual(articles);
    expect(ahead.counts.worker + ahead.counts.writer).toBeLessThanOrEqual(articles + GROUPS[2].length);
  });

  it('should give the same extraction whoever claims the articles of a group, the worker or the writer', async () => {
    ahead ??= aheadExtraction();
    await ahead.loaded;
    const group = [...GROUPS.flat(), BETWEEN];
    const known = [{ id: 'keir-starmer', type: 'PERSON' as const, name: 'Keir Starmer', aliases: ['Starmer'] }];
    const { createExtractor } = await import('@/graph/extract/pipeline');
    const extract = createExtractor(known);
    const inPlace = group.map((a) => {
      const { entities, relations } = extract(a);
      return { entities, relations };
    });
    const before = { ...ahead.counts };
    // Taken at once, the writer claims what the worker has not reached yet.
    ahead.prepare(group, known);
    expect(await ahead.take(group, known)).toEqual(inPlace);
    expect(ahead.counts.worker - before.worker + ahead.counts.writer - before.writer).toBe(group.length);
  });
});
