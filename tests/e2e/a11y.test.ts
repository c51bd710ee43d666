// axe-core in headless Chromium: no serious or critical violations on the home, an entity and an article page.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { graphql } from './pages-support';

const require = createRequire(import.meta.url);
const baseURL = inject('baseURL');
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const { relations } = await graphql<{ relations: { nodes: Array<{ source: { url: string }; evidence: Array<{ article: { id: string } }> }> } }>(
    baseURL,
    '{ relations(first: 1) { nodes { source { url } evidence { article { id } } } } }',
  );
  const [relation] = relations.nodes;
  pages = ['/', relation.source.url, `/articles/${relation.evidence[0].article.id}`, '/entities', '/articles'];
});
afterAll(() => browser?.close());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe('accessibility', () => {
  it('should find no serious or critical axe violations', async () => {
    const found: string[] = [];
    for (const path of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: require.resolve('axe-core') });
      const violations = await page.evaluate(
        async () => ((await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run()).violations),
      );
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
