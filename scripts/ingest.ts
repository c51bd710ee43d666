// npm run ingest -- <files or folders…> [--data DIR]: extract each article and write it to the store, in groups of up
// to 25 articles per transaction. Every file is checked before anything is written; an article reported "ingested"
// is in the graph (it is printed once its group has committed).
// With the embedded database, a running server (or another ingest) owns it: the work goes through its socket.
import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { readArticleFiles } from '../graph/extract/input';
import { aheadExtraction } from '../graph/extract/ahead';
import { openStoreOrExit } from './open-store';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
let articles;
try {
  if (!positionals.length) throw new Error('usage: npm run ingest -- <article files or folders...> [--data DIR]');
  articles = readArticleFiles(positionals);
} catch (error) {
  console.error(`ingest refused, nothing written: ${(error as Error).message}`);
  process.exit(1);
}

/** Articles per transaction: a group is stored whole or not at all, and pays per row rather than per statement. */
const GROUP = 25;
// More than one group: a worker thread extracts each next group while this one is written (it starts loading now,
// while the store opens).
const ahead = articles.length > GROUP ? aheadExtraction() : undefined;
const writer = await openStoreOrExit(values.data, 'ingest', { ahead });
const actor = `cli:${userInfo().username}`;
const added: string[] = [];
const unchanged: string[] = [];
const started = performance.now();
let lastPrint = 0;
let failed = false;
try {
  const crashAfterStatements = process.env.INGEST_CRASH_AFTER_STATEMENTS ? Number(process.env.INGEST_CRASH_AFTER_STATEMENTS) : undefined;
  for (let from = 0; from < articles.length; from += GROUP) {
    // The next group goes along only to a store this process writes itself: an owner elsewhere extracts in place.
    const next = ahead && writer.local ? articles.slice(from + GROUP, from + 2 * GROUP) : undefined;
    const results = await writer.call('ingest', { articles: articles.slice(from, from + GROUP), actor, crashAfterStatements, next });
    for (const [i, result] of results.entries()) {
      (result.outcome === 'ADDED' ? added : unchanged).push(result.id);
      if (result.outcome === 'ADDED') console.log(`ingested ${result.id}: ${result.entities} new or extended entities, ${result.relations} relations`);
      const done = from + i + 1;
      const now = performance.now();
      if (done === articles.length || now - lastPrint > 250 || articles.length <= 20) {
        lastPrint = now;
        const rate = done / Math.max((now - started) / 1000, 1e-3);
        process.stderr.write(`ingest: ${done}/${articles.length} articles (${rate.toFixed(1)} articles/s)\n`);
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(`ingest failed: ${(error as Error).message} (articles reported "ingested" above are stored; nothing of the failed group was written)`);
} finally {
  await writer.close();
  await ahead?.close();
}
console.log(
  added.length
    ? `ingested ${added.length} article(s) into the ${writer.mode} database`
    : failed
      ? 'nothing ingested'
      : 'nothing to ingest: every article is already stored (nothing changed)',
);
if (unchanged.length) console.log(`already present, unchanged: ${unchanged.join(', ')}`);
process.exitCode = failed ? 1 : 0;
