// The explorer in headless Chromium against the production build: a newcomer's path from the home page to evidence.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { gql } from '../support/graphql';
import { seedKGraph } from '../support/fixtures';
import { displayData, edgeDisplay, openExplorer, paintedShare, panelTitle, searchAndChoose, settle, shot } from './explorer-support';

const graph = seedKGraph();
const SLOW = { timeout: 15_000, interval: 250 };
const browser = useBrowser();

describe('explorer home page', () => {
  it('should fetch the graph rather than ship it inside the server-rendered HTML', async () => {
    const html = await (await fetch(`${inject('baseURL')}/`)).text();
    expect(html).not.toContain('supports:keir-starmer');
    expect(html).not.toContain('"aliases"');
    const data = await (await fetch(`${inject('baseURL')}/explorer-data`)).json();
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
  });

  it('should draw the graph on the canvas with every entity type in colour', async () => {
    const page = await openExplorer(browser());
    await settle(page);
    const { painted, colours } = await paintedShare(page);
    expect(painted).toBeGreaterThan(0.01);
    expect(colours).toBeGreaterThan(5);
    await expect(page.getByTestId('counts').textContent()).resolves.toContain(`Showing ${graph.order} of ${graph.order} entities`);
    await shot(page, 'desktop-home');
    await page.close();
  });

  it('should find Starmer from "starm" with the keyboard alone and show why he supports the European force', async () => {
    const page = await openExplorer(browser());
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('search');
    await page.keyboard.type('starm', { delay: 30 });
    const first = page.locator('[role="listbox"] [role="option"]').first();
    await expect(first.textContent()).resolves.toContain('Keir Starmer');
    await page.keyboard.press('Enter');
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    expect(new URL(page.url()).searchParams.get('selected')).toBe('keir-starmer');
    await expect(displayData(page, 'keir-starmer')).resolves.toMatchObject({ hidden: false, highlighted: true });

    // The "supports" group names the European force (entity european-force), with a quote that is verbatim in its article.
    const group = page.getByRole('region', { name: 'Keir Starmer supports' });
    const item = group.locator('li').filter({ hasText: graph.getNodeAttribute('european-force', 'name') }).first();
    const quote = (await item.getByTestId('evidence-quote').first().textContent())!.replace(/^“|”$/g, '');
    const href = await item.locator('a[href^="/articles/"]').first().getAttribute('href');
    const [, articleId, start] = href!.match(/^\/articles\/([^#]+)#q-(\d+)$/)!;
    const { data } = await gql('query ($id: ID!) { article(id: $id) { text } }', { id: articleId });
    expect(data.article.text.slice(Number(start), Number(start) + quote.length)).toBe(quote);
    await settle(page);
    await shot(page, 'desktop-starmer-selected');
    await page.close();
  });

  it('should hide a type\'s nodes when its box is unticked, and count what is shown', async () => {
    const page = await openExplorer(browser());
    const persons = graph.filterNodes((_, a) => a.entityType === 'PERSON');
    await page.getByRole('checkbox', { name: /Person/ }).uncheck();
    // Sigma applies the filter on its next frame.
    await expect.poll(() => displayData(page, persons[0]), SLOW).toMatchObject({ hidden: true });
    for (const id of persons.slice(0, 10)) await expect(displayData(page, id)).resolves.toMatchObject({ hidden: true });
    await expect(displayData(page, 'european-force')).resolves.toMatchObject({ hidden: false });
    const shown = graph.order - persons.length;
    await expect(page.getByTestId('counts').textContent()).resolves.toContain(`Showing ${shown} of ${graph.order} entities`);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('PERSON');
    await shot(page, 'desktop-persons-hidden');
    await page.getByRole('checkbox', { name: /Person/ }).check();
    await expect.poll(() => displayData(page, persons[0]), SLOW).toMatchObject({ hidden: false });
    await page.close();
  });

  it('should restore the same view from a copied URL, and go back and forth through history', async () => {
    const page = await openExplorer(browser(), '/?selected=keir-starmer');
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    await page.getByRole('checkbox', { name: /Event/ }).uncheck();
    const before = await page.evaluate(() => window.__explorer!.sigma.getCamera().ratio);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // The camera is written to the URL a moment after it stops moving (a debounce): wait for the zoomed one there.
    const recorded = () =>
      page.evaluate((ratio) => {
        const camera = window.__explorer!.sigma.getCamera();
        const cam = new URLSearchParams(window.location.search).get('cam');
        if (!cam || camera.isAnimated() || camera.ratio > ratio * 0.9) return false;
        return Math.abs(Number(cam.split(',')[2]) - camera.ratio) < 1e-3;
      }, before);
    await expect.poll(recorded, SLOW).toBe(true);
    const url = page.url();
    const camera = await page.evaluate(() => window.__explorer!.sigma.getCamera().getState());

    const copy = await openExplorer(browser(), url.slice(inject('baseURL').length));
    await expect(panelTitle(copy).textContent()).resolves.toBe('Keir Starmer');
    await expect(copy.getByRole('checkbox', { name: /Event/ }).isChecked()).resolves.toBe(false);
    const restored = await copy.evaluate(() => window.__explorer!.sigma.getCamera().getState());
    expect(restored.ratio).toBeCloseTo(camera.ratio, 3);
    expect(restored.x).toBeCloseTo(camera.x, 3);
    await copy.close();

    // Back undoes the filter, then the selection; Forward brings the filter back.
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /Event/ }).isChecked()).resolves.toBe(true);
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    await searchAndChoose(page, 'search', 'Macron');
    await expect(panelTitle(page).textContent()).resolves.toBe('Emmanuel Macron');
    await page.goBack();
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    await page.goForward();
    await expect(panelTitle(page).textContent()).resolves.toBe('Emmanuel Macron');
    await page.close();
  });

  it('should show the shortest path between Putin and Starmer with the evidence for each hop', async () => {
    const page = await openExplorer(browser());
    await searchAndChoose(page, 'path-from', 'Putin');
    await searchAndChoose(page, 'path-to', 'Starmer');
    await expect(page.getByTestId('path-panel').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('path')).toBe('vladimir-putin,keir-starmer');
    // The first of the shortest paths is open: as many hops as the API's path, each with its quotes.
    const hops = page.locator('[data-testid="path-panel"] [data-testid="path"]').first().locator('ol > li');
    await hops.first().waitFor();
    const { data } = await gql('{ path(from: "vladimir-putin", to: "keir-starmer") { id } }');
    await expect(hops.count()).resolves.toBe(data.path.length);
    for (let i = 0; i < data.path.length; i++) await hops.nth(i).getByTestId('evidence-quote').first().waitFor();
    await expect(hops.first().textContent()).resolves.toContain('Vladimir Putin');
    await expect(hops.last().textContent()).resolves.toContain('Keir Starmer');
    // On the canvas the path stays in colour and the rest is dimmed.
    for (const { id } of data.path) await expect(edgeDisplay(page, id)).resolves.toMatchObject({ hidden: false });
    await expect(displayData(page, 'vladimir-putin')).resolves.toMatchObject({ highlighted: true });
    await settle(page);
    await shot(page, 'desktop-path-putin-starmer');
    await page.close();
  });
});
