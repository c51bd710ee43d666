// `npm run export`: the store written back as reviewable text (data/articles/*.md, data/catalog/*.yaml for the
// curated seed, data/extracted/<article>.yaml for machine claims) plus graph.json, streamed item by item.
// A file whose bytes would not change is not rewritten, so import → export leaves a clean tree.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify as stringifyYaml } from 'yaml';
import { formatArticle } from '../corpus';
import { dataPaths } from '../data-dir';
import { writeFileAtomic } from '../atomic-write';
import { reviewsFile, reviewsYaml } from './reviews-file';
import { formatExtracted } from '../extract/store';
import type { Article } from '../types';
import type { Sql } from './driver';
import { readSnapshot } from './snapshot';

export interface ExportReport {
  written: string[];
  unchanged: number;
}

const CATALOG_HEADERS = {
  entities: '# Hand-checked entities of the European peacekeeping debate over Ukraine (from data/articles).',
  claims: '# Hand-checked claims: every quote is verbatim from the named article\'s text.',
};

export async function exportStore(db: Sql, dataDir: string): Promise<ExportReport> {
  const paths = dataPaths(dataDir);
  const report: ExportReport = { written: [], unchanged: 0 };
  const put = (file: string, content: string) => {
    if (existsSync(file) && readFileSync(file, 'utf8') === content) report.unchanged++;
    else {
      writeFileAtomic(file, content);
      report.written.push(file);
    }
  };
  for (const dir of [paths.articles, paths.catalog]) mkdirSync(dir, { recursive: true });

  const texts = new Map<string, string>();
  for (const a of await db.query<{ id: string; title: string; outlet: string | null; url: string | null; published_at: string | null; source: string | null; body: string }>(
    'SELECT id, title, outlet, url, published_at, source, body FROM articles ORDER BY id',
  )) {
    const article: Article = { id: a.id, title: a.title, outlet: a.outlet ?? undefined, url: a.url ?? undefined, publishedAt: a.published_at ?? undefined, source: a.source ?? undefined, text: a.body };
    texts.set(a.id, a.body);
    put(join(paths.articles, `${a.id}.md`), formatArticle(article));
  }

  const entities = await db.query<{ id: string; type: string; name: string; aliases: string[] | null; description: string | null; same_as: string[] | null; former: string[] | null; date: string | null }>(
    `SELECT e.id, e.type, e.name, e.description, e.same_as, e.date,
            (SELECT array_agg(a.alias ORDER BY a.ord) FROM aliases a WHERE a.entity_id = e.id AND a.ord > 0 AND a.origin = 'CURATED') AS aliases,
            (SELECT array_agg(r.old_id ORDER BY r.ord) FROM redirects r WHERE r.entity_id = e.id) AS former
       FROM entities e WHERE e.origin = 'CURATED' ORDER BY e.seq`,
  );
  const entityYaml = entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    ...(e.description !== null ? { description: e.description } : {}),
    ...(e.same_as ? { sameAs: e.same_as } : {}),
    ...(e.former ? { formerIds: e.former } : {}),
    ...(e.date !== null ? { date: e.date } : {}),
  }));
  put(join(paths.catalog, 'entities.yaml'), `${CATALOG_HEADERS.entities}\n${stringifyYaml(entityYaml, { lineWidth: 0 })}`);

  const claims = await db.query<{ ord: number; type: string; source: string; target: string; role: string | null; qualifier: string | null; context: string | null; evidence: Array<{ article: string; quote: string; start: number }> }>(
    `SELECT c.ord, r.type, c.source, c.target, c.role, c.qualifier, c.context,
            (SELECT json_agg(json_build_object('article', e.article_id, 'quote', e.quote, 'start', e.start_offset) ORDER BY e.item_ord)
               FROM evidence e WHERE e.claim_ord = c.ord) AS evidence
       FROM claims c JOIN relations r ON r.id = c.relation_id ORDER BY c.ord`,
  );
  const claimYaml = claims.map((c) => claimOf(c, c.evidence ?? [], texts));
  const reviews = await reviewsYaml(db);
  if (reviews) put(reviewsFile(paths.catalog), reviews);
  put(join(paths.catalog, 'claims.yaml'), `${CATALOG_HEADERS.claims}\n${stringifyYaml(claimYaml, { lineWidth: 0 })}`);

  await exportExtracted(db, paths.extracted, texts, put);
  report.written.push(...(await exportGraph(db, paths.graph)));
  return report;
}

/** A claim as the catalog's YAML writes it: optional fields only when set, `start` only where the quote occurs earlier in the article too (the import finds the first occurrence). */
function claimOf(
  c: { type: string; source: string; target: string; role: string | null; qualifier: string | null; context: string | null },
  evidence: ReadonlyArray<{ article: string; quote: string; start: number }>,
  texts: Map<string, string>,
) {
  return {
    type: c.type,
    source: c.source,
    target: c.target,
    ...(c.role !== null ? { role: c.role } : {}),
    ...(c.qualifier !== null ? { qualifier: c.qualifier } : {}),
    ...(c.context !== null ? { context: c.context } : {}),
    evidence: evidence.map((e) => ({ article: e.article, quote: e.quote, ...(texts.get(e.article)?.indexOf(e.quote) !== e.start ? { start: e.start } : {}) })),
  };
}

/** Machine-found entities, aliases and claims, one file per article they were found in. */
async function exportExtracted(db: Sql, dir: string, texts: Map<string, string>, put: (file: string, content: string) => void): Promise<void> {
  const entities = await db.query<{ article_id: string; id: string; type: string; name: string; aliases: string[] | null; created: boolean }>(
    `SELECT a.article_id, e.id, e.type, e.name, array_agg(a.alias ORDER BY a.ord) FILTER (WHERE a.ord > 0 OR e.origin = 'CURATED') AS aliases,
            bool_or(e.article_id = a.article_id AND e.origin = 'EXTRACTED') AS created
       FROM aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.origin = 'EXTRACTED' AND a.article_id IS NOT NULL GROUP BY a.article_id, e.id ORDER BY a.article_id, e.id`,
  );
  const claims = await db.query<{ article_id: string; type: string; source: string; target: string; role: string | null; qualifier: string | null; context: string | null; evidence: Array<{ quote: string; start: number }> }>(
    `SELECT e.article_id, r.type, r.source, r.target, r.role, r.qualifier, r.context,
            json_agg(json_build_object('quote', e.quote, 'start', e.start_offset) ORDER BY e.start_offset) AS evidence
       FROM evidence e JOIN relations r ON r.id = e.relation_id
      WHERE e.origin = 'EXTRACTED' GROUP BY e.article_id, r.id ORDER BY e.article_id, r.seq`,
  );
  const files = new Map<string, { entities: unknown[]; claims: unknown[] }>();
  const file = (id: string) => files.get(id) ?? files.set(id, { entities: [], claims: [] }).get(id)!;
  for (const e of entities) file(e.article_id).entities.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [] });
  for (const c of claims) {
    file(c.article_id).claims.push(claimOf(c, c.evidence.map((e) => ({ ...e, article: c.article_id })), texts));
  }
  if (files.size) mkdirSync(dir, { recursive: true });
  for (const [article, content] of files) put(join(dir, `${article}.yaml`), formatExtracted(content as never));
}

/** graph.json in graphology's serialisation, written item by item (never the whole graph as one string). */
async function exportGraph(db: Sql, file: string): Promise<string[]> {
  const snapshot = await readSnapshot(db);
  const temp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temp);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const list = async (items: unknown[]) => {
    for (let i = 0; i < items.length; i++) await write(`${i ? ',' : ''}${JSON.stringify(items[i])}`);
  };
  await write(`{"options":${JSON.stringify(snapshot.options)},"attributes":{"articles":[`);
  await list(snapshot.attributes!.articles);
  await write(`],"redirects":${JSON.stringify(snapshot.attributes!.redirects)}},"nodes":[`);
  await list(snapshot.nodes);
  await write('],"edges":[');
  await list(snapshot.edges);
  await write(']}\n');
  out.end();
  await once(out, 'close');
  if (existsSync(file) && readFileSync(file).equals(readFileSync(temp))) {
    (await import('node:fs')).rmSync(temp);
    return [];
  }
  renameSync(temp, file);
  return [file];
}
