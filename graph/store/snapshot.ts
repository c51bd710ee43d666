// The store's content as graphology's serialisation (graph.export()'s shape): what the in-memory read model is
// built from and what `npm run export` writes as graph.json. Read in keyset pages, so the event loop keeps turning.
import type { SerializedKGraph } from '../serialize';
import type { EdgeAttributes, NodeAttributes } from '../build';
import type { IndexedArticle } from '../types';
import type { Sql } from './driver';
import { evidenceFromRow, type EvidenceRow } from './rows';

const PAGE = 20_000;

/** Every row of `sql` (ordered by its key; the last key's parts are its first parameters, the page size the next), a page at a time. */
async function* pages<Row>(db: Sql, sql: string, key: (row: Row) => unknown[], first: unknown[]): AsyncGenerator<Row[]> {
  let last = first;
  for (;;) {
    const rows = await db.query<Row>(sql, [...last, PAGE]);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    last = key(rows[rows.length - 1]);
  }
}

interface EntityRow { id: string; type: NodeAttributes['entityType']; name: string; description: string | null; same_as: string[] | null; date: string | null; x: number; y: number; aliases: string[] | null; former: string[] | null }
interface RelationRow { seq: string; id: string; type: EdgeAttributes['relationType']; source: string; target: string; directed: boolean; role: string | null; qualifier: string | null; context: string | null; status: EdgeAttributes['status']; confidence: number | null }
interface ArticleRow { id: string; title: string; outlet: string | null; url: string | null; published_at: string | null; source: string | null; body: string }
interface MentionRow { article_id: string; entity_id: string; start_offset: number; end_offset: number }

/** A row's nullable columns as optional fields: those that are null are left out. */
const present = <T extends Record<string, unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]?: Exclude<T[K], null> };

/** Read the whole store as a serialised graph. `includeRejected`: rejected claims are kept but not shown by default. */
export async function readSnapshot(db: Sql, options: { includeRejected?: boolean } = {}): Promise<SerializedKGraph> {
  const nodes: SerializedKGraph['nodes'] = [];
  for await (const rows of pages<EntityRow>(
    db,
    `SELECT e.id, e.type, e.name, e.description, e.same_as, e.date, e.x, e.y,
            (SELECT array_agg(a.alias ORDER BY a.ord) FROM aliases a WHERE a.entity_id = e.id AND a.ord > 0) AS aliases,
            (SELECT array_agg(r.old_id ORDER BY r.ord) FROM redirects r WHERE r.entity_id = e.id) AS former
       FROM entities e WHERE e.id > $1 ORDER BY e.id LIMIT $2`,
    (r) => [r.id],
    [''],
  )) {
    for (const r of rows) {
      nodes.push({
        key: r.id,
        attributes: {
          name: r.name,
          aliases: r.aliases ?? [],
          ...(r.description !== null ? { description: r.description } : {}),
          ...(r.same_as ? { sameAs: r.same_as } : {}),
          ...(r.former ? { formerIds: r.former } : {}),
          ...(r.date !== null ? { date: r.date } : {}),
          entityType: r.type,
          degree: 0,
          x: r.x,
          y: r.y,
        },
      });
    }
  }

  const edges: SerializedKGraph['edges'] = [];
  const edgeById = new Map<string, EdgeAttributes>();
  for await (const rows of pages<RelationRow>(
    db,
    `SELECT seq, id, type, source, target, directed, role, qualifier, context, status, confidence
       FROM relations WHERE seq > $1 ${options.includeRejected ? '' : "AND status <> 'REJECTED'"} ORDER BY seq LIMIT $2`,
    (r) => [r.seq],
    [0],
  )) {
    for (const r of rows) {
      const attributes: EdgeAttributes = {
        relationType: r.type,
        directed: r.directed,
        ...present({ role: r.role, qualifier: r.qualifier, context: r.context, confidence: r.confidence }),
        ...(r.status !== 'CURATED' ? { status: r.status } : {}),
        evidence: [],
      };
      edgeById.set(r.id, attributes);
      edges.push({ key: r.id, source: r.source, target: r.target, attributes, ...(r.directed ? {} : { undirected: true }) });
    }
  }
  for await (const rows of pages<EvidenceRow>(
    db,
    `SELECT relation_id, article_id, start_offset, end_offset, quote, stated_date, stated_precision, stated_source
       FROM evidence WHERE (relation_id, article_id, start_offset, end_offset) > ($1, $2, $3, $4)
      ORDER BY relation_id, article_id, start_offset, end_offset LIMIT $5`,
    (r) => [r.relation_id, r.article_id, r.start_offset, r.end_offset],
    ['', '', 0, 0],
  )) {
    for (const r of rows) edgeById.get(r.relation_id)?.evidence.push(evidenceFromRow(r));
  }
  // Article order, then position (a relation's evidence reads in the corpus's order).
  for (const attr of edgeById.values()) attr.evidence.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const n of nodes) n.attributes!.degree = degree.get(n.key) ?? 0;

  const articles: IndexedArticle[] = [];
  const byArticle = new Map<string, IndexedArticle>();
  for await (const rows of pages<ArticleRow>(db, 'SELECT id, title, outlet, url, published_at, source, body FROM articles WHERE id > $1 ORDER BY id LIMIT $2', (r) => [r.id], [''])) {
    for (const r of rows) {
      const article: IndexedArticle = {
        id: r.id,
        title: r.title,
        ...present({ outlet: r.outlet, url: r.url, publishedAt: r.published_at, source: r.source }),
        text: r.body,
        mentions: [],
      };
      articles.push(article);
      byArticle.set(r.id, article);
    }
  }
  for await (const rows of pages<MentionRow>(
    db,
    `SELECT article_id, entity_id, start_offset, end_offset FROM mentions
      WHERE (article_id, start_offset, entity_id) > ($1, $2, $3) ORDER BY article_id, start_offset, entity_id LIMIT $4`,
    (r) => [r.article_id, r.start_offset, r.entity_id],
    ['', -1, ''],
  )) {
    for (const r of rows) byArticle.get(r.article_id)?.mentions.push({ entity: r.entity_id, start: r.start_offset, end: r.end_offset });
  }
  const redirects: Record<string, string> = {};
  for (const r of await db.query<{ old_id: string; entity_id: string }>('SELECT old_id, entity_id FROM redirects ORDER BY old_id')) redirects[r.old_id] = r.entity_id;

  return { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: { articles, redirects }, nodes, edges };
}
