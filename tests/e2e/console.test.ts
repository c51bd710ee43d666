// The query console at /graphql in a real browser: GraphiQL from the bundle, examples ready, queries answered offline.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, useBrowser } from '../support/browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('/graphql console', () => {
  it('should run an example query and show its data, without leaving the site', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const offsite: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseURL) offsite.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(`${baseURL}/graphql`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);

    await page.getByRole('button', { name: 'Who opposes the European force' }).click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain('"data"');
    const text = await result.innerText();
    expect(text).toContain('"relations"');
    expect(text).not.toContain('"errors"');
    await page.screenshot({ path: artifactPath('console-1280.png') });

    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should focus the tab already holding an example instead of opening a duplicate, and reopen a closed one', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseURL}/graphql`, { waitUntil: 'networkidle' });
    const tabs = page.getByRole('tab');
    await expect.poll(() => tabs.count(), { timeout: 20_000 }).toBe(3);
    const active = () => page.locator('.graphiql-tab-active').innerText();

    await page.getByRole('button', { name: 'Path between two leaders' }).click();
    await expect.poll(active).toContain('LeaderPath');
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 60_000 }).toContain('"path"');
    await page.getByRole('button', { name: "Starmer's relations" }).click();
    await expect.poll(active).toContain('StarmerRelations');
    expect(await tabs.count()).toBe(3);
    // Monaco lays text out with no-break spaces.
    const response = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 60_000 }).toContain('"name": "Keir Starmer"');

    // Closed, it opens again in a tab of its own, once.
    const pathTab = page.locator('.graphiql-tab').filter({ hasText: 'LeaderPath' });
    await pathTab.hover(); // GraphiQL shows a tab's close button on hover
    await pathTab.getByRole('button', { name: 'Close Tab' }).click();
    await expect.poll(() => tabs.count()).toBe(2);
    await page.getByRole('button', { name: 'Path between two leaders' }).click();
    await expect.poll(() => tabs.count()).toBe(3);
    await page.getByRole('button', { name: 'Path between two leaders' }).click();
    await expect.poll(active).toContain('LeaderPath');
    expect(await tabs.count()).toBe(3);
    await page.close();
  }, 180_000);

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`should show the result as a table with linked urls, and download it as CSV (${viewport.width}px)`, async () => {
      const page = await browser().newPage({ viewport, acceptDownloads: true });
      await page.goto(`${baseURL}/graphql`, { waitUntil: 'networkidle' });
      if (viewport.width < 800) await page.getByRole('button', { name: 'Show Examples' }).click();
      await page.getByRole('button', { name: 'Who opposes the European force' }).click();
      if (viewport.width < 800) await page.getByRole('button', { name: 'Hide Examples' }).click();
      await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 60_000 }).toContain('"relations"');

      await page.getByRole('button', { name: 'Table', exact: true }).click();
      const table = page.getByTestId('result-table');
      await table.waitFor();
      const headers = await table.locator('th').allInnerTexts();
      expect(headers).toEqual(['source.name', 'source.type', 'source.url', 'qualifier', 'evidence.quote', 'evidence.url']);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(1);
      // The table scrolls inside the response pane: its first row is on screen, beside (or under) the editor.
      const first = (await rows.first().boundingBox())!;
      expect(first.y + first.height / 2).toBeLessThan(viewport.height);
      expect((await page.locator('.graphiql-query-editor').boundingBox())!.width).toBeGreaterThan(viewport.width < 800 ? 200 : 300);
      expect(await page.getByText(/\d+ rows from entity\.relations/).isVisible()).toBe(true);
      await page.screenshot({ path: artifactPath(`console-table-${viewport.width}.png`) });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('OpposeEuropeanForce.csv');
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('source.name,source.type,source.url,qualifier,evidence.quote,evidence.url');
      expect(csv).toContain(',PERSON,/entities/');

      // A url cell is a link into the site.
      const link = rows.first().locator('td').nth(2).getByRole('link');
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/entities\//);
      await link.click();
      await page.waitForURL(`${baseURL}${href}`, { timeout: 30_000 });
      expect((await page.getByRole('heading', { level: 1 }).innerText()).length).toBeGreaterThan(0);
      await page.close();
    });
  }
});
