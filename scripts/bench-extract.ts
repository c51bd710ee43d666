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
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// A fresh process first: what one CLI run pays per article before V8 has optimised the extractor.
const coldStart = cpu();
for (const a of articles) extractors[0][1](a);
console.log(`first ${articles.length} extractions in a fresh process (no catalog): ${((cpu() - coldStart) / articles.length).toFixed(1)} ms/article`);

// Warm-up until steady: V8 optimises the extractor's functions and regular expressions over the first few hundred
// articles, and with fewer warm-up rounds whichever mode was timed first paid for it (about 40 articles/s against 60
// in the same process). A long-running ingest is in this steady state. Then both modes are timed in alternating
// order, article by article, so that the machine's drift falls on both alike.
for (let round = 0; round < 40; round++) for (const [, extract] of extractors) for (const a of articles) extract(a);

const rounds = 40;
const times = extractors.map(() => ({ cpu: [] as number[], wall: 0 }));
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const [wall0, cpu0] = [performance.now(), cpu()];
      extractors[k][1](a);
      times[k].cpu.push(cpu() - cpu0);
      times[k].wall += performance.now() - wall0;
    }
  }
}
extractors.forEach(([label], k) => {
  const sorted = [...times[k].cpu].sort((a, b) => a - b);
  const total = sorted.reduce((x, y) => x + y, 0) / 1000;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `${label.padEnd(12)} ${sorted.length} extractions of ~5 KB articles: ${(sorted.length / total).toFixed(1)} articles/s per core ` +
      `(${(sorted.length / (times[k].wall / 1000)).toFixed(1)}/s wall clock); CPU ms/article median ${at(0.5).toFixed(2)}, p95 ${at(0.95).toFixed(2)}`,
  );
});

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
