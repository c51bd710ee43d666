// The home page's first paint (issue 14, item 16): a still of the graph drawn by the server, with no WebGL and no
// graph data until the visitor moves, taps or types; then the live explorer takes its place where the still was.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { seedKGraph } from '../support/fixtures';
import { DESKTOP, PHONE, nodeOnScreen, shot } from './explorer-support';

const baseURL = inject('baseURL');
const browser = useBrowser();
const graph = seedKGraph();
const degree = (n: string) => graph.getNodeAttribute(n, 'degree');
const largest = graph.nodes().reduce((a, b) => (degree(b) > degree(a) ? b : a));

const started = (page: Page) => page.evaluate(() => window.__explorer !== undefined);
const firstFrame = (page: Page) => page.waitForFunction(() => window.__explorer?.firstFrameMs !== undefined, null, { timeout: 30_000 });

describe('home page still', () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`should paint the graph before any script runs and start the explorer on a tap (${name})`, async () => {
      const context = await browser().newContext({ viewport, hasTouch: name === 'phone', isMobile: name === 'phone' });
      const page = await context.newPage();
      // The server's HTML alone: every entity drawn, the largest labelled.
      const html = await (await fetch(`${baseURL}/`)).text();
      expect(html.match(/<circle /g)?.length).toBe(graph.order);
      expect(html).toContain(`data-node="${largest}"`);

      await page.goto(`${baseURL}/`, { waitUntil: 'load' });
      const preview = page.getByTestId('graph-preview');
      await expect.poll(() => preview.isVisible()).toBe(true);
      // The best-connected entity that has room for its label at this size.
      const label = page.locator('[data-node]:visible').last();
      await expect.poll(() => label.isVisible()).toBe(true);
      const labelled = (await label.getAttribute('data-node'))!;
      const still = (await label.boundingBox())!;
      // Nothing starts by itself: no canvas, no sigma, while nobody touches the page.
      await page.waitForTimeout(1500);
      await expect(started(page)).resolves.toBe(false);
      expect(await page.locator('canvas').count()).toBe(0);
      await shot(page, `home-still-${name}`);

      if (name === 'phone') await page.getByRole('button', { name: 'Open the interactive graph' }).tap();
      else await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await firstFrame(page);
      await expect.poll(() => preview.count()).toBe(0);
      await expect(page.getByTestId('counts').textContent()).resolves.toContain(`of ${graph.order} entities`);
      // The live graph opens where the still was: the labelled entity near its place in the still.
      const live = await nodeOnScreen(page, labelled);
      const size = await page.evaluate((id) => window.__explorer!.sigma.getNodeDisplayData(id)!.size, labelled);
      expect(Math.abs(still.y + still.height / 2 - live.y)).toBeLessThan(viewport.height * 0.06);
      // The label sits right of its dot (its left edge a radius away) or left of it (its right edge).
      const gap = Math.min(Math.abs(still.x - live.x), Math.abs(still.x + still.width - live.x));
      expect(Math.abs(gap - size)).toBeLessThan(viewport.width * 0.06);
      await page.waitForTimeout(700);
      await shot(page, `home-live-${name}`);
      await context.close();
    });
  }

  it('should start from the keyboard, and at once for a link to a view', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await page.goto(`${baseURL}/`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await expect(started(page)).resolves.toBe(false);
    await page.keyboard.press('Tab');
    await firstFrame(page);
    await page.goto(`${baseURL}/?selected=${largest}`, { waitUntil: 'load' });
    await firstFrame(page);
    await expect(page.locator('#panel-title').textContent()).resolves.toContain(graph.getNodeAttribute(largest, 'name'));
    await page.close();
  });
});
