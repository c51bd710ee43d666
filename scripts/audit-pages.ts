// npm run audit:pages [-- --url http://host:port] [--runs 3] [--out DIR] [--pages /,/entities/x,/articles/y]
// Lighthouse (phone and desktop presets) on the home page, an entity page and an article page of the production
// build, with Debian's Chromium headless; prints performance / accessibility / best-practices / SEO per page.
// Without --url it serves the existing build itself (`next start` on a free port; run `npm run build` first,
// NEXT_DIST_DIR picks another build). Scores are the median of --runs runs. On a busy machine performance is
// pessimistic: Lighthouse's simulated throttling scales with how fast this CPU answers.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort } from '../tests/support/next-server';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string' },
    pages: { type: 'string', default: '/,/entities/keir-starmer,/articles/european-countries-drafting-troop-plan' },
  },
});
const ROOT = join(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const runs = Math.max(1, Number(values.runs) || 1);

async function serve(): Promise<{ baseURL: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); is there a build? Run npm run build.\n${log}`);
    if (await fetch(`${baseURL}/robots.txt`).then((r) => r.ok, () => false)) return { baseURL, stop };
  }
  stop();
  throw new Error(`next start did not answer within 60 s\n${log}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = values.url ? { baseURL: values.url.replace(/\/+$/, ''), stop: () => {} } : await serve();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const rows: Array<{ page: string; preset: string; scores: number[]; metrics: string }> = [];
  try {
    for (const path of values.pages!.split(',')) {
      const url = `${server.baseURL}${path}`;
      // Warm the server's caches so the first run does not pay for them.
      await fetch(url).then((r) => r.text());
      for (const preset of ['mobile', 'desktop'] as const) {
        const samples: Array<{ scores: number[]; tbt: number; lcp: number }> = [];
        for (let i = 0; i < runs; i++) {
          const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
          const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
          if (values.out) {
            mkdirSync(values.out, { recursive: true });
            writeFileSync(join(values.out, `${path.replace(/\W+/g, '_') || 'home'}-${preset}-${i + 1}.json`), JSON.stringify(lhr));
          }
          samples.push({
            scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
            tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
            lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          });
          const failed = CATEGORIES.slice(1).flatMap((c) =>
            lhr.categories[c].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
          );
          if (failed.length) console.error(`  ${path} ${preset}: failed ${failed.join(', ')}`);
        }
        rows.push({
          page: path,
          preset,
          scores: CATEGORIES.map((_, c) => median(samples.map((s) => s.scores[c]))),
          metrics: `LCP ${(median(samples.map((s) => s.lcp)) / 1000).toFixed(1)} s, TBT ${Math.round(median(samples.map((s) => s.tbt)))} ms`,
        });
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}on ${server.baseURL}\n`);
  console.log('| page | preset | performance | accessibility | best practices | SEO | metrics |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) console.log(`| ${r.page} | ${r.preset} | ${r.scores.join(' | ')} | ${r.metrics} |`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
