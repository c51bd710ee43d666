// First contact: the home page says what it is, how big, and that every relation is quoted, without hiding the
// graph; hiding the intro is remembered across visits.
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, useBrowser } from '../support/browser';
import { graphql } from './pages-support';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('home intro', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`should show a compact intro with the graph's size over the explorer, and remember hiding it (${viewport.width}px)`, async () => {
      const { stats } = await graphql<{ stats: { entities: number; relations: number; articles: number } }>(
        baseURL,
        '{ stats { entities relations articles } }',
      );
      const context = await browser().newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
      const intro = page.getByRole('region', { name: 'The European peacekeeping debate over Ukraine' });
      await expect.poll(() => intro.isVisible()).toBe(true);
      const text = await intro.innerText();
      expect(text).toContain(`${stats.entities} entities and ${stats.relations} relations from ${stats.articles} news articles`);
      expect(text).toContain('verbatim quote');
      // The graph keeps the screen: the intro covers at most a fifth of the viewport (phone) / a tenth (desktop).
      const box = (await intro.boundingBox())!;
      expect(box.width * box.height).toBeLessThan(viewport.width * viewport.height * (viewport.width < 800 ? 0.2 : 0.1));
      // The explorer starts at the first move or tap (the still of the graph is shown until then).
      await page.mouse.move(1, 1);
      await page.locator('canvas').first().waitFor({ timeout: 60_000 });
      // It leaves the canvas tools uncovered.
      const tools = (await page.getByRole('toolbar', { name: 'Graph view' }).boundingBox())!;
      const overlaps = box.x < tools.x + tools.width && tools.x < box.x + box.width && box.y < tools.y + tools.height && tools.y < box.y + box.height;
      expect(overlaps).toBe(false);
      await page.screenshot({ path: artifactPath(`home-intro-${viewport.width}.png`) });

      await page.getByRole('button', { name: 'Hide the introduction' }).click();
      await expect.poll(() => intro.isVisible()).toBe(false);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.getByTestId('home-intro').count()).toBe(0);
      // Still named for screen readers.
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The European peacekeeping debate over Ukraine');
      await context.close();
    });
  }
});
