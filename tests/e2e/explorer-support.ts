// Helpers for the explorer's browser tests: open the page, wait for sigma's first frame, read the canvas.
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath } from '../support/browser';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function openExplorer(browser: Browser, path = '/', viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  await page.goto(`${inject('baseURL')}${path}`);
  await waitForCanvas(page);
  return page;
}

/**
 * The home page opens on a still of the graph and starts the explorer at the visitor's first move (explorer.tsx): move
 * the pointer, as anyone at a desktop does first, then wait for sigma's first frame. Links to a view start at once.
 */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => window.__explorer?.firstFrameMs !== undefined, null, { timeout: 20_000 });
}

/** Let sigma finish any scheduled render and camera animation. */
export const settle = (page: Page, ms = 700) => page.waitForTimeout(ms);

export const shot = (page: Page, name: string) => page.screenshot({ path: artifactPath(`explorer-${name}.png`) });

/** The canvas as the user sees it (a real screenshot), decoded in the page: how many pixels are not background. */
export async function paintedShare(page: Page): Promise<{ painted: number; colours: number }> {
  const png = await page.locator('[data-testid="graph-canvas"]').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let painted = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.abs(r - 251) + Math.abs(g - 251) + Math.abs(b - 249) > 30) {
        painted++;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
    }
    return { painted: painted / (img.width * img.height), colours: colours.size };
  }, png.toString('base64'));
}

/** A node's display data after the reducers (what the canvas draws). */
export const displayData = (page: Page, node: string) =>
  page.evaluate((id) => {
    const data = window.__explorer!.sigma.getNodeDisplayData(id);
    return data && { hidden: data.hidden, color: data.color, highlighted: data.highlighted };
  }, node);

export const edgeDisplay = (page: Page, edge: string) =>
  page.evaluate((id) => {
    const data = window.__explorer!.sigma.getEdgeDisplayData(id);
    return data && { hidden: data.hidden, color: data.color };
  }, edge);

/** Where a node sits on screen, in page coordinates. */
export async function nodeOnScreen(page: Page, node: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const at = await page.evaluate((id) => {
    const sigma = window.__explorer!.sigma;
    const { x, y } = sigma.getGraph().getNodeAttributes(id);
    return sigma.graphToViewport({ x, y });
  }, node);
  return { x: box.x + at.x, y: box.y + at.y };
}

export const panelTitle = (page: Page) => page.locator('#panel-title');

export async function searchAndChoose(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.focus();
  await input.pressSequentially(text, { delay: 20 });
  await page.locator(`[id="${await input.getAttribute('aria-controls')}"] [role="option"]`).first().waitFor();
  await page.keyboard.press('Enter');
}
