// Ingest: extract new articles against everything already known, check the whole graph still builds, then write
// the articles, their extractions and the rebuilt graph.json in one all-or-nothing step.
import { join } from 'node:path';
import { buildGraph } from '../build';
import { loadCatalog, type Catalog, type Claim } from '../catalog';
import { formatArticle, parseArticle } from '../corpus';
import { dataPaths, readArticles } from '../data-dir';
import { serializeGraph } from '../serialize';
import { foldName } from '../slug';
import { RELATION_TYPES, type Article, type Entity, type RelationType } from '../types';
import { createExtractor } from './pipeline';
import { extractedFileSchema, formatExtracted, loadExtracted, mergeExtracted, type ExtractedFile } from './store';
import { writeFilesAtomically, type WriteOptions } from './transaction';

export interface IngestReport {
  added: string[];
  unchanged: string[];
  entities: number;
  claims: number;
}

export interface IngestOptions extends WriteOptions {
  onProgress?: (done: number, total: number) => void;
}

/** The catalog extraction resolves against: curated entities plus everything extracted before. */
export function knownCatalog(dataDir: string): Catalog {
  const paths = dataPaths(dataDir);
  return mergeExtracted(loadCatalog(paths.catalog), loadExtracted(paths.extracted));
}

/** The extraction of one article as a data/extracted file: new entities, alias extensions, claims. */
function toExtractedFile(article: Article, catalog: Catalog, extract: ReturnType<typeof createExtractor>): ExtractedFile {
  const result = extract(article);
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const entities: Entity[] = [];
  for (const e of result.entities) {
    const known = byId.get(e.id);
    const have = new Set([known?.name ?? e.name, ...(known?.aliases ?? [])].map(foldName));
    const aliases = e.aliases.filter((a) => !have.has(foldName(a)));
    if (!known) entities.push({ id: e.id, type: e.type, name: e.name, aliases });
    else if (aliases.length) entities.push({ id: known.id, type: known.type, name: known.name, aliases });
  }
  // Only relation types the graph knows become claims (ATTENDED waits for the model to carry it).
  const graphRelations = result.relations.filter((r): r is typeof r & { type: RelationType } => (RELATION_TYPES as readonly string[]).includes(r.type));
  const claims: Claim[] = graphRelations.map((r) => ({
    type: r.type,
    source: r.source,
    target: r.target,
    ...(r.role ? { role: r.role } : {}),
    ...(r.qualifier ? { qualifier: r.qualifier } : {}),
    evidence: r.evidence.map((e) => ({ article: e.article, quote: e.quote, start: e.start })),
  }));
  return { entities, claims };
}

export function ingestArticles(articles: readonly Article[], dataDir: string, options: IngestOptions = {}): IngestReport {
  const paths = dataPaths(dataDir);
  const existing = readArticles(paths.articles);
  const byId = new Map(existing.map((a) => [a.id, a]));
  const curated = loadCatalog(paths.catalog);
  const extracted = loadExtracted(paths.extracted);
  const report: IngestReport = { added: [], unchanged: [], entities: 0, claims: 0 };
  const writes: Array<{ path: string; content: string }> = [];

  articles.forEach((incoming, index) => {
    const have = byId.get(incoming.id);
    if (have) {
      if (have.text !== incoming.text) throw new Error(`an article with id "${incoming.id}" already exists with different text; give the new one its own \`id\` in front matter`);
      report.unchanged.push(incoming.id);
    } else {
      // Resolve against everything known so far, including the articles earlier in this batch.
      const catalog = mergeExtracted(curated, extracted);
      const file = toExtractedFile(incoming, catalog, createExtractor(catalog.entities));
      extracted.push(file);
      byId.set(incoming.id, incoming);
      report.added.push(incoming.id);
      report.entities += file.entities.length;
      report.claims += file.claims.length;
      writes.push({ path: join(paths.articles, `${incoming.id}.md`), content: formatArticle(incoming) });
      writes.push({ path: join(paths.extracted, `${incoming.id}.yaml`), content: formatExtracted(file) });
    }
    options.onProgress?.(index + 1, articles.length);
  });
  if (!report.added.length) return report;
  // Every file must survive the round trip and the whole graph must build before anything is written.
  for (const w of writes) if (w.path.endsWith('.md')) parseArticle(w.content);
  for (const file of extracted) extractedFileSchema.parse(file);
  const graph = buildGraph([...byId.values()], mergeExtracted(curated, extracted));
  writes.push({ path: paths.graph, content: serializeGraph(graph) });
  writeFilesAtomically(writes, options);
  return report;
}

