// Entity and article pages in a real browser: quotes link to their sentence and back, metadata for linking, 404s.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchBrowser } from '../support/browser';
import { allEntities, graphql, jsonLd, meta } from './pages-support';

const baseURL = inject('baseURL');

interface EvidenceSample {
  id: string;
  type: string;
  source: { id: string; name: string };
  evidence: Array<{ quote: string; start: number; url: string; article: { id: string } }>;
}

let browser: Browser;
let sample: EvidenceSample;

beforeAll(async () => {
  browser = await launchBrowser();
  const { relations } = await graphql<{ relations: { nodes: EvidenceSample[] } }>(
    baseURL,
    '{ relations(type: SUPPORTS, first: 1) { nodes { id type source { id name } evidence { quote start url article { id } } } } }',
  );
  sample = relations.nodes[0];
});
afterAll(() => browser?.close());

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return page;
}

describe('entity page', () => {
  it('should land a quote click on the highlighted sentence in the article', async () => {
    const page = await open(`/entities/${sample.source.id}`);
    const evidence = sample.evidence[0];
    await page.locator(`a.quote-link[href="${evidence.url}"]`).first().click();
    await page.waitForURL(`**${evidence.url}`);
    const landed = await page.evaluate(() => {
      const target = document.getElementById(location.hash.slice(1));
      return { hash: location.hash, text: target?.textContent, isTarget: target?.matches(':target'), background: target && getComputedStyle(target).backgroundColor };
    });
    expect(landed.hash).toBe(`#q-${evidence.start}`);
    expect(landed.text).toBe(evidence.quote);
    expect(landed.isTarget).toBe(true);
    expect(landed.background).toBe('rgb(255, 216, 77)');
    await page.screenshot({ path: artifactPath('pages-article-quote-1280.png') });

    // And back: the article's list of relations links to the relation on the entity's page.
    await page.locator(`.article-relations a[href="/entities/${sample.source.id}#r-${sample.id.replace(/[^a-z0-9-]+/gi, '_')}"]`).first().click();
    await page.waitForURL(`**/entities/${sample.source.id}#r-*`);
    expect(await page.evaluate(() => document.querySelector(':target')?.classList.contains('relation'))).toBe(true);
    await page.close();
  });

  it('should link back to the explorer with the entity selected, and render the ego graph', async () => {
    const page = await open(`/entities/${sample.source.id}`);
    expect(await page.locator(`a[href="/?selected=${sample.source.id}"]`).count()).toBe(1);
    // The ego graph is server-rendered SVG: every neighbour is a link to its page.
    const neighbours = page.locator('[data-testid="ego-graph"] a');
    expect(await neighbours.count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('pages-entity-1280.png') });
    const href = (await neighbours.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/entities\/[a-z0-9-]+$/);
    await neighbours.first().click();
    await page.waitForURL(`${baseURL}${href}`, { timeout: 30_000 });
    await page.close();
  });

  it('should carry a title, description, Open Graph tags and JSON-LD of the fitting schema.org type', async () => {
    const entities = { nodes: await allEntities<{ id: string; name: string; type: string; sameAs: string[] }>(baseURL, 'id name type sameAs') };
    const expected: Record<string, string> = { PERSON: 'Person', COUNTRY: 'Country', INSTITUTION: 'Organization', EVENT: 'Event', PROPOSAL: 'CreativeWork' };
    for (const type of Object.keys(expected)) {
      const entity = entities.nodes.find((e) => e.type === type && e.sameAs.length) ?? entities.nodes.find((e) => e.type === type);
      if (!entity) continue;
      const html = await (await fetch(`${baseURL}/entities/${entity.id}`)).text();
      expect(html).toMatch(new RegExp(`<title>${entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^<]*</title>`));
      expect(meta(html, 'description')?.length).toBeGreaterThan(20);
      expect(meta(html, 'og:title')).toBeTruthy();
      const [ld] = jsonLd(html);
      expect(ld['@type']).toBe(expected[type]);
      expect(ld.name).toBe(entity.name);
      if (entity.sameAs.length) expect(ld.sameAs).toEqual(entity.sameAs);
    }
  });

  it('should answer an unknown id with the 404 page', async () => {
    const response = await fetch(`${baseURL}/entities/no-such-entity-anywhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect((await fetch(`${baseURL}/articles/no-such-article`)).status).toBe(404);
  });
});

describe('index pages', () => {
  it('should narrow the entity list as the reader types in the filter box', async () => {
    const page = await open('/entities');
    const all = await page.locator('.entity-grid a').count();
    await page.getByLabel('Filter by name').fill(sample.source.name);
    await page.waitForFunction((n) => document.querySelectorAll('.entity-grid a').length < n, all);
    expect(await page.locator('.entity-grid a', { hasText: sample.source.name }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('should look right at desktop and phone widths', async () => {
    for (const [name, path] of [
      ['entities', '/entities'],
      ['articles', '/articles'],
      ['entity', `/entities/${sample.source.id}`],
      ['article', `/articles/${sample.evidence[0].article.id}`],
      ['not-found', '/entities/no-such-entity-anywhere'],
    ] as const) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        // Nothing may push the page sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: artifactPath(`pages-${name}-${viewport.width}.png`) });
        await page.close();
      }
    }
    // The shared header over the explorer and the console (their own tests check what is under it).
    for (const [name, path] of [['home', '/'], ['console', '/graphql']] as const) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(6);
        expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(56);
        await page.screenshot({ path: artifactPath(`pages-${name}-${viewport.width}.png`) });
        await page.close();
      }
    }
    // Fourteen page loads, two of them the WebGL explorer and the console's editor: minutes on a busy machine.
  }, 240_000);
});
