// The explorer's canvas interactions, tools and phone layout in headless Chromium against the production build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { seedKGraph } from '../support/fixtures';
import { DESKTOP, PHONE, displayData, nodeOnScreen, openExplorer, panelTitle, settle, shot } from './explorer-support';

const graph = seedKGraph();
const browser = useBrowser();

/** An entity with no relation to Starmer: it must be dimmed while Starmer is hovered. */
const stranger = graph.findNode((node) => node !== 'keir-starmer' && !graph.areNeighbors(node, 'keir-starmer'))!;
const neighbour = graph.neighbors('keir-starmer')[0];

describe('explorer canvas', () => {
  it('should highlight a hovered node with its neighbours and dim the rest, then open it on click and clear on Escape', async () => {
    const page = await openExplorer(browser());
    await settle(page);
    const before = await displayData(page, stranger);
    const at = await nodeOnScreen(page, 'keir-starmer');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => displayData(page, stranger).then((d) => d!.color)).not.toBe(before!.color);
    expect((await displayData(page, neighbour))!.color).not.toBe((await displayData(page, stranger))!.color);
    await shot(page, 'desktop-hover-starmer');

    await page.mouse.click(at.x, at.y);
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('side-panel').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('selected')).toBeNull();
    await page.close();
  });

  it("should show a relation's evidence from the entity panel and from the canvas", async () => {
    const page = await openExplorer(browser(), '/?selected=keir-starmer');
    await page.getByRole('button', { name: 'Show relation' }).first().click();
    // Polled: the panel opens after React's next commit, which can lag a busy machine.
    await expect.poll(() => page.getByTestId('relation-panel').isVisible()).toBe(true);
    await expect(page.getByTestId('relation-panel').getByTestId('evidence-quote').count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('edge')).toMatch(/:keir-starmer|keir-starmer:/);

    // Click the middle of an edge on the canvas (sigma's edge picking).
    await page.keyboard.press('Escape');
    await settle(page);
    // The longest of Starmer's edges on screen: its middle is clear of nodes, so the click lands on the edge.
    let middle = { x: 0, y: 0, length: -1 };
    for (const edge of graph.edges('keir-starmer')) {
      const [s, t] = graph.extremities(edge);
      const [a, b] = [await nodeOnScreen(page, s), await nodeOnScreen(page, t)];
      const length = Math.hypot(a.x - b.x, a.y - b.y);
      if (length > middle.length) middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length };
    }
    await page.mouse.click(middle.x, middle.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('edge') ?? new URL(page.url()).searchParams.get('selected')).toBeTruthy();
    await shot(page, 'desktop-relation');
    await page.close();
  });

  it('should run ForceAtlas2 in a worker, keep the page responsive, and reset to the built layout', async () => {
    const page = await openExplorer(browser());
    const built = graph.getNodeAttributes('keir-starmer');
    await page.getByTestId('layout-toggle').click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.sigma.getGraph().getNodeAttribute('keir-starmer', 'x')), { timeout: 10_000 }).not.toBe(built.x);
    // The main thread still answers while the layout runs.
    await page.getByRole('checkbox', { name: /Event/ }).uncheck();
    await expect(page.getByRole('checkbox', { name: /Event/ }).isChecked()).resolves.toBe(false);
    // Stop it by hand; if it settled and stopped by itself just before, the click starts a run that stops by itself too.
    await page.getByTestId('layout-toggle').click();
    await expect.poll(() => page.getByTestId('layout-toggle').textContent(), { timeout: 25_000, interval: 500 }).toBe('Run layout');
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await expect.poll(() => page.evaluate(() => window.__explorer!.sigma.getGraph().getNodeAttributes('keir-starmer'))).toMatchObject({ x: built.x, y: built.y });
    await page.close();
  });

  it('should download the view as PNG and the filtered graph as GEXF', async () => {
    const page = await openExplorer(browser(), '/?hide=EVENT');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const image = readFileSync((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    const events = graph.filterNodes((_, a) => a.entityType === 'EVENT');
    expect((xml.match(/<node /g) ?? []).length).toBe(graph.order - events.length);
    expect(xml).not.toContain(`id="${events[0]}"`);
    await page.close();
  });
});

describe('explorer on a phone', () => {
  it('should show the graph with the details as a bottom sheet, and keep every control reachable by keyboard', async () => {
    const page = await openExplorer(browser(), '/?selected=keir-starmer', PHONE);
    await expect(panelTitle(page).textContent()).resolves.toBe('Keir Starmer');
    const sheet = (await page.getByTestId('side-panel').boundingBox())!;
    expect(sheet.width).toBe(PHONE.width);
    expect(Math.round(sheet.y + sheet.height)).toBe(PHONE.height);
    // The selected node is drawn above the sheet, not under it.
    const at = await nodeOnScreen(page, 'keir-starmer');
    expect(at.y).toBeLessThan(sheet.y);
    await settle(page);
    await shot(page, 'phone-starmer-sheet');

    // Tab reaches the filters' summary, a type box and the zoom button, each with a visible focus ring.
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', tag: el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (focus.outline) reached.add(`${focus.tag}:${focus.label}`);
    }
    expect([...reached].some((f) => f.startsWith('SUMMARY:'))).toBe(true);
    expect(reached.has('BUTTON:Zoom in')).toBe(true);
    expect(reached.has('INPUT:')).toBe(true);
    await page.close();
  });

  it('should fit the whole explorer in a 1280×800 window without scrolling the page', async () => {
    const page = await openExplorer(browser(), '/', DESKTOP);
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scroll).toBeLessThanOrEqual(1);
    await page.close();
  });
});
