// npm run ingest -- <files...> [--data DIR]: add articles and what the pipeline extracts from them to data/, then
// rebuild data/graph.json. All or nothing: a bad file or a failure part-way leaves data/ exactly as it was.
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { ingestArticles } from '../graph/extract/ingest';
import { readArticleFile } from '../graph/extract/input';

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
  if (!positionals.length) throw new Error('usage: npm run ingest -- <article files...>');
  // Every file is checked before anything is extracted or written.
  const articles = positionals.map(readArticleFile);
  const started = performance.now();
  let lastPrint = 0;
  const report = ingestArticles(articles, values.data, {
    onProgress(done, total) {
      const now = performance.now();
      if (done === total || now - lastPrint > 250 || total <= 20) {
        lastPrint = now;
        const rate = done / Math.max((now - started) / 1000, 1e-3);
        process.stderr.write(`ingest: ${done}/${total} articles (${rate.toFixed(1)} articles/s)\n`);
      }
    },
  });
  console.log(
    report.added.length
      ? `ingested ${report.added.length} article(s): ${report.added.join(', ')}; ${report.entities} new or extended entities, ${report.claims} claims; data/graph.json rebuilt`
      : 'nothing to ingest: every article is already in data/ (nothing changed)',
  );
  if (report.unchanged.length && report.added.length) console.log(`already present, unchanged: ${report.unchanged.join(', ')}`);
} catch (error) {
  console.error(`ingest failed, data/ unchanged: ${(error as Error).message}`);
  process.exit(1);
}
