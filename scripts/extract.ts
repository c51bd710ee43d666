// npm run extract -- <files...> [--no-catalog] [--data DIR]: print, as JSON, what the extraction pipeline finds in
// the given articles, resolved against the current catalog (curated + previously ingested). Changes nothing.
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { extractArticles } from '../graph/extract/pipeline';
import { loadCatalog } from '../graph/catalog';
import { dataPaths } from '../graph/data-dir';
import { readArticleFile } from '../graph/extract/input';
import type { ExtractedRelation } from '../graph/extract/types';

const relationOutput = ({ type, source, target, role, qualifier, context, confidence, evidence }: ExtractedRelation) =>
  ({ type, source, target, ...(role ? { role } : {}), ...(qualifier ? { qualifier } : {}), ...(context ? { context } : {}), confidence, evidence });

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'no-catalog': { type: 'boolean', default: false }, data: { type: 'string', default: DEFAULT_DATA_DIR } },
  });
  if (!positionals.length) throw new Error('usage: npm run extract -- <article files...> [--no-catalog]');
  const articles = positionals.map(readArticleFile);
  const catalog = values['no-catalog'] ? [] : loadCatalog(dataPaths(values.data).catalog).entities;
  const result = extractArticles(articles, catalog);
  const output = {
    entities: result.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })),
    relations: result.relations.map(relationOutput),
    // Below the confidence threshold: for review, not added to the graph.
    candidates: result.candidates.map(relationOutput),
    articles: result.articles,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} catch (error) {
  console.error(`extract failed: ${(error as Error).message}`);
  process.exit(1);
}
