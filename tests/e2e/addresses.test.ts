// Absolute addresses follow the server actually answering (or SITE_URL), case variants of ids redirect, and
// unknown or malformed ids are a 404 that offers the nearest entities.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, useBrowser } from '../support/browser';
import { startNextServer, type NextServer } from '../support/next-server';
import { scratchStore, type ScratchStore } from '../support/store';
import { jsonLd, meta } from './pages-support';

const baseURL = inject('baseURL');
const browser = useBrowser();

const canonical = (html: string) => html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];

describe('absolute addresses', () => {
  it('should use the origin the page was requested at in canonical, og:url, JSON-LD, robots and the sitemap', async () => {
    const html = await (await fetch(`${baseURL}/entities/keir-starmer`)).text();
    expect(canonical(html)).toBe(`${baseURL}/entities/keir-starmer`);
    expect(meta(html, 'og:url')).toBe(`${baseURL}/entities/keir-starmer`);
    expect(jsonLd(html)[0].url).toBe(`${baseURL}/entities/keir-starmer`);
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const locs = [...(await (await fetch(`${baseURL}/sitemap.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((l) => !l.startsWith(`${baseURL}/`))).toEqual([]);
  });

  it('should follow a reverse proxy’s forwarded host and scheme, and ignore a malformed host', async () => {
    const forwarded = { 'x-forwarded-host': 'graph.example.org', 'x-forwarded-proto': 'https' };
    const html = await (await fetch(`${baseURL}/articles/europe-comes-to-the-table`, { headers: forwarded })).text();
    expect(canonical(html)).toBe('https://graph.example.org/articles/europe-comes-to-the-table');
    expect(jsonLd(html)[0].url).toBe('https://graph.example.org/articles/europe-comes-to-the-table');
    const spoofed = await (await fetch(`${baseURL}/entities/germany`, { headers: { 'x-forwarded-host': 'evil.example/"><script>' } })).text();
    expect(canonical(spoofed)).toBe(`${baseURL}/entities/germany`);
  });

  describe('with SITE_URL set', () => {
    let store: ScratchStore;
    let server: NextServer;
    beforeAll(async () => {
      store = await scratchStore();
      server = await startNextServer({ ...store.env, SITE_URL: 'https://peacekeeping.example/' }, '/entities/germany', 170_000);
    }, 180_000);
    afterAll(async () => {
      server?.stop();
      await store?.cleanup();
    });

    it('should use SITE_URL, whatever the request’s host', async () => {
      const html = await (await fetch(`${server.baseURL}/entities/germany`)).text();
      expect(canonical(html)).toBe('https://peacekeeping.example/entities/germany');
      expect(await (await fetch(`${server.baseURL}/robots.txt`)).text()).toContain('Sitemap: https://peacekeeping.example/sitemap.xml');
    });
  });
});

describe('entity and article ids', () => {
  it('should redirect case variants to the lowercase id (308)', async () => {
    for (const [asked, current] of [
      ['/entities/Germany', '/entities/germany'],
      ['/entities/KEIR-STARMER', '/entities/keir-starmer'],
      ['/articles/Europe-Comes-To-The-Table', '/articles/europe-comes-to-the-table'],
    ]) {
      const response = await fetch(`${baseURL}${asked}`, { redirect: 'manual' });
      expect(response.status, asked).toBe(308);
      expect(new URL(response.headers.get('location')!, baseURL).pathname).toBe(current);
    }
  });

  it('should answer malformed percent-encodings with 404, not a server error', async () => {
    for (const path of ['/entities/%ff', '/articles/%ff', '/entities/%E0%A4%A', '/entities/%']) {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('Page not found');
    }
  });

  it('should offer "did you mean" on an unknown entity, leading to the entity (desktop and phone)', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await browser().newPage({ viewport });
      const response = await page.goto(`${baseURL}/entities/macron`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      const suggestions = page.getByRole('region', { name: 'Did you mean' });
      await expect.poll(() => suggestions.getByRole('link').allInnerTexts()).toContain('Emmanuel Macron');
      await page.screenshot({ path: artifactPath(`did-you-mean-${viewport.width}.png`), fullPage: true });
      await suggestions.getByRole('link', { name: 'Emmanuel Macron' }).click();
      await page.waitForURL(`${baseURL}/entities/emmanuel-macron`, { timeout: 30_000 });
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Emmanuel Macron');
      await page.close();
    }
  });

  it('should offer no suggestions when nothing is near', async () => {
    const html = await (await fetch(`${baseURL}/entities/qqqqzzzzxxxx`)).text();
    expect(html).toContain('Page not found');
    expect(html).not.toContain('Did you mean');
  });
});
