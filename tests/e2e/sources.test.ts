// Provenance a reader can check: outlet, date and the original's link on the article page, the article list and
// every citation under a quote; what is not recorded is said to be unknown. A second server serves a scratch
// store in which one article has a recorded original (the seeds record none), to show the link itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, useBrowser } from '../support/browser';
import { useStoreServer } from '../support/store-server';
import { graphql } from './pages-support';

const baseURL = inject('baseURL');
const browser = useBrowser();
const ORIGINAL = 'https://example.org/news/european-peacekeeping-plan';

// Ready once the store is imported and the graph loaded: the first page waits for both.
const server = useStoreServer({
  prepare(store) {
    const file = join(store.dataDir, 'articles', 'europe-quietly-develops-peacekeeping-plan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\nurl: ${ORIGINAL}\n`));
  },
  readyPath: '/articles',
  startTimeoutMs: 170_000,
});

describe('article provenance', () => {
  it('should show outlet and date on the article page, and say that the original link is not recorded', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await browser().newPage({ viewport });
      await page.goto(`${baseURL}/articles/europe-quietly-develops-peacekeeping-plan`, { waitUntil: 'networkidle' });
      const provenance = page.locator('.provenance');
      expect(await provenance.innerText()).toBe('The Kyiv Independent · 14 February 2025 · original link not recorded');
      expect(await provenance.locator('time').getAttribute('datetime')).toBe('2025-02-14');
      await page.screenshot({ path: artifactPath(`article-source-${viewport.width}.png`) });
      await page.close();
    }
    const page = await browser().newPage();
    await page.goto(`${baseURL}/articles/uk-france-lead-deployment-talks`, { waitUntil: 'networkidle' });
    expect(await page.locator('.provenance').innerText()).toBe('outlet unknown · February 2025 · original link not recorded');
    await page.close();
  });

  it('should list every article with its outlet (or "outlet unknown") and date', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseURL}/articles`, { waitUntil: 'networkidle' });
    const metas = await page.locator('.article-list .meta').allInnerTexts();
    expect(metas).toHaveLength(5);
    expect(metas.filter((m) => m.includes('outlet unknown'))).toHaveLength(3);
    expect(metas.some((m) => m.startsWith('Espreso TV · February 2025'))).toBe(true);
    await page.screenshot({ path: artifactPath('articles-sources-390.png'), fullPage: true });
    await page.close();
  });

  it('should cite outlet and date under every quote on an entity page', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseURL}/entities/keir-starmer`, { waitUntil: 'networkidle' });
    const citations = await page.locator('.evidence-list .source').allInnerTexts();
    expect(citations.length).toBeGreaterThan(3);
    expect(citations.filter((c) => !/ · (outlet unknown|[^·]+) · ([A-Z][a-z]+ 2025|\d+ [A-Z][a-z]+ 2025) · /.test(c))).toEqual([]);
    expect(citations.some((c) => c.includes('The Kyiv Independent') || c.includes('Espreso TV'))).toBe(true);
    await page.close();
  });

  it('should link to the original where it is recorded, on the article, the list and the citations', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.baseURL}/articles/europe-quietly-develops-peacekeeping-plan`, { waitUntil: 'networkidle' });
    const link = page.locator('.provenance').getByRole('link', { name: 'original at example.org' });
    expect(await link.getAttribute('href')).toBe(ORIGINAL);
    expect(await link.getAttribute('rel')).toContain('external');
    await page.goto(`${server.baseURL}/articles`, { waitUntil: 'networkidle' });
    expect(await page.locator('.article-list').getByRole('link', { name: 'original at example.org' }).count()).toBe(1);
    const { article } = await graphql<{ article: { relations: Array<{ source: { url: string } }> } }>(
      server.baseURL,
      '{ article(id: "europe-quietly-develops-peacekeeping-plan") { relations(first: 1) { source { url } } } }',
    );
    await page.goto(`${server.baseURL}${article.relations[0].source.url}`, { waitUntil: 'networkidle' });
    const cited = page.locator('.evidence-list .source').filter({ hasText: 'The Kyiv Independent' });
    expect(await cited.count()).toBeGreaterThan(0);
    expect(await cited.first().getByRole('link', { name: 'original at example.org' }).getAttribute('href')).toBe(ORIGINAL);
    await page.close();
  });
});
