// The layout of data/: articles/*.md, catalog/*.yaml, and the built graph.json.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from './corpus';
import { loadCatalog } from './catalog';
import { loadExtracted, mergeExtracted } from './extract/store';
import { buildGraph, type KGraph } from './build';
import type { Article } from './types';
import { DataError } from './errors';

/** Scripts and the server both run from the project root; DATA_DIR points elsewhere (tests use copies). */
export const DEFAULT_DATA_DIR = process.env.DATA_DIR ?? join(process.cwd(), 'data');

export const dataPaths = (dataDir = DEFAULT_DATA_DIR) => ({
  articles: join(dataDir, 'articles'),
  catalog: join(dataDir, 'catalog'),
  /** What `npm run ingest` extracted from each ingested article. */
  extracted: join(dataDir, 'extracted'),
  graph: join(dataDir, 'graph.json'),
});

export function readArticles(dir: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const article = parseArticle(readFileSync(join(dir, file), 'utf8'), file);
      if (`${article.id}.md` !== file) throw new DataError(`${file}: its id is "${article.id}"; the file must be named ${article.id}.md`);
      return article;
    });
}

/** Build the graph from everything in a data directory. */
export function buildFromDataDir(dataDir = DEFAULT_DATA_DIR): KGraph {
  const paths = dataPaths(dataDir);
  return buildGraph(readArticles(paths.articles), mergeExtracted(loadCatalog(paths.catalog), loadExtracted(paths.extracted)));
}
