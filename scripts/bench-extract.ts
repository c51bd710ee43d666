// npm run bench:extract: extraction speed on one core for ~5 KB articles (the seeds and the held-out set, cut or
// repeated to 5 KB): articles per second and milliseconds per article (median, p95). Timed in CPU time of this
// process — V8's compiler and garbage-collector threads included — so other work on the machine does not skew it;
// wall-clock throughput is printed too. `taskset -c 0 npm run bench:extract` runs all of it on one core. Then one long
// article of 100, 300 and 900 KB, with and without line breaks: the time per KB says whether time is linear in the text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../graph/corpus';
import { loadCatalog } from '../graph/catalog';
import { createExtractor } from '../graph/extract/pipeline';
import type { Article } from '../graph/types';

const ROOT = join(import.meta.dirname, '..');
const SIZE = 5 * 1024;
const dirs = [join(ROOT, 'data/articles'), join(ROOT, 'data/eval/held-out/articles')];
const sources = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => parseArticle(readFileSync(join(d, f), 'utf8'))));

/** A 5 KB article from a source: repeated when short, cut at a line break when long. */
const to5k = (a: Article): Article => {
  let text = a.text;
  while (text.length < SIZE) text += `\n${a.text}`;
  const cut = text.lastIndexOf('\n', SIZE);
  return { ...a, text: text.slice(0, cut > SIZE / 2 ? cut : SIZE) };
};
const articles = sources.map(to5k);

const extractors = ([['--no-catalog', []], ['catalog', loadCatalog(join(ROOT, 'data/catalog')).entities]] as const).map(([label, catalog]) => [label, createExtractor(catalog)] as const);
// Warm-up of both before either is timed: the code they share is compiled by V8 (on its own threads) while it warms,
// not during the first mode's timed rounds; a long-running ingest is in this steady state.
for (let round = 0; round < 10; round++) for (const [, extract] of extractors) for (const a of articles) extract(a);

for (const [label, extract] of extractors) {
  const times: number[] = [];
  const rounds = 40;
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const wallStart = performance.now();
  const cpuStart = cpu();
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      const t0 = cpu();
      extract(a);
      times.push(cpu() - t0);
    }
  }
  const cpuTotal = (cpu() - cpuStart) / 1000;
  const wallTotal = (performance.now() - wallStart) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `${label.padEnd(12)} ${times.length} extractions of ~5 KB articles: ${(times.length / cpuTotal).toFixed(1)} articles/s per core ` +
      `(${(times.length / wallTotal).toFixed(1)}/s wall clock); CPU ms/article median ${at(0.5).toFixed(2)}, p95 ${at(0.95).toFixed(2)}`,
  );
}

// Time linear in the text: the bench articles run together into one long article, as written (a paragraph a line) and
// with no line breaks at all; a constant time per KB is linear.
const extract = extractors[0][1];
const long = (kb: number, joiner: string) => {
  let text = '';
  for (let i = 0; text.length < kb * 1024; i++) text += `${articles[i % articles.length].text.replace(/\n+/g, joiner)}${joiner}`;
  return { ...articles[0], id: `long-${kb}`, text: text.slice(0, kb * 1024) };
};
for (const [label, joiner] of [['a paragraph a line', '\n'], ['no line breaks', ' ']] as const) {
  const figures = [100, 300, 900].map((kb) => {
    const article = long(kb, joiner);
    const start = process.cpuUsage();
    extract(article);
    const { user, system } = process.cpuUsage(start);
    const seconds = (user + system) / 1e6;
    return `${kb} KB ${seconds.toFixed(1)} s (${((seconds * 1000) / kb).toFixed(1)} ms/KB)`;
  });
  console.log(`long article, ${label.padEnd(18)} ${figures.join(', ')}`);
}
