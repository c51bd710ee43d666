// Time in a real browser against the production build: the explorer's date window and the stance matrix with its CSV.
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, artifactPath } from '../support/browser';
import { gql } from '../support/graphql';
import { DESKTOP, PHONE, edgeDisplay, openExplorer, settle, shot } from './explorer-support';

const browser = useBrowser();
const require = createRequire(import.meta.url);

/** axe-core's serious and critical violations on the open page. */
async function axeViolations(page: import('playwright-core').Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe.run();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}
const counts = (page: import('playwright-core').Page) => page.getByTestId('counts').textContent();

describe('explorer time window', () => {
  it('should draw only the relations stated in the window, say so in the counts, and keep the window in the URL', async () => {
    const page = await openExplorer(browser());
    const before = await counts(page);
    // Starmer's meeting with Zelensky (Jan. 16, 2025) is drawn before; a window on 2024 hides it.
    expect((await edgeDisplay(page, 'met_with:keir-starmer:volodymyr-zelenskyy'))?.hidden).toBeFalsy();
    const to = page.getByTestId('time-to');
    const max = Number(await to.getAttribute('max'));
    // Drag the end back a year: keyboard steps on the range input, as a person with a keyboard would.
    await to.focus();
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toMatch(/^2024-\d\d$/);
    await expect.poll(() => counts(page)).not.toBe(before);
    expect(Number(await to.inputValue())).toBe(max - 13);
    await expect.poll(() => edgeDisplay(page, 'met_with:keir-starmer:volodymyr-zelenskyy').then((d) => d?.hidden)).toBe(true);
    await settle(page);
    await shot(page, 'desktop-time-window-2024');

    // The URL alone reopens the same window; counts match the API's stats for it.
    const window = new URL(page.url()).searchParams.get('to')!;
    const reopened = await openExplorer(browser(), `/?to=${window}`);
    await expect.poll(() => counts(reopened)).toBe(await counts(page));
    const { data } = await gql(`{ stats(until: "${window}") { relations } }`);
    expect(await counts(reopened)).toContain(`${data.stats.relations} of`);
    await reopened.close();
    await page.close();
  });

  it('should step through the months with the play button', async () => {
    const page = await openExplorer(browser(), '/?from=2025-01&to=2025-01', PHONE);
    await page.getByText('Filters and path').isVisible();
    await page.getByTestId('time-play').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to'), { timeout: 15_000 }).toBe('2025-02');
    await settle(page);
    await shot(page, 'phone-time-window-play');
    await page.close();
  });
});

describe('stance matrix (/stances)', () => {
  it('should show each actor × proposal with a readable mark and date, open quotes from a cell, and export the same CSV', async () => {
    const page = await browser().newPage({ viewport: DESKTOP, acceptDownloads: true });
    await page.goto(`${inject('baseURL')}/stances`);
    const germany = page.locator('#actor-germany');
    await expect(germany.count()).resolves.toBe(1);
    const cell = germany.locator('td[data-stance]').first();
    // Readable without colour: a letter and a symbol in the cell's text.
    expect(await cell.textContent()).toMatch(/[▲▼◆◧↻]\s?[SOCMΔ]/);
    await page.screenshot({ path: artifactPath('stances-desktop.png'), fullPage: false });
    expect(await axeViolations(page)).toEqual([]);

    // A cell opens its quotes: both sides, in date order.
    await page.goto(`${inject('baseURL')}/stances`);
    await page.getByRole('link', { name: /^Germany .* European peacekeeping force for Ukraine;/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#stance-germany--european-force');
    const quotes = page.locator('#stance-germany--european-force');
    await expect.poll(() => quotes.isVisible()).toBe(true);
    await expect(quotes.locator('blockquote').count()).resolves.toBeGreaterThan(1);
    expect(await quotes.textContent()).toContain('Germany may consider');
    await quotes.screenshot({ path: artifactPath('stances-quotes-desktop.png') });

    // The CSV is the table: every row agrees with the API's stances for that actor and proposal.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const csv = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const rows = csv.trim().split('\r\n').map((line) => line.split(','));
    expect(rows[0]).toEqual(['actor_id', 'actor', 'actor_type', 'proposal_id', 'proposal', 'stance', 'latest_date', 'latest_precision', 'statements']);
    const body = rows.slice(1);
    expect(body.length).toBe(await page.locator('td[data-stance]').count());
    const sample = body.filter((r) => ['germany', 'keir-starmer', 'russia', 'poland'].includes(r[0]));
    expect(sample.length).toBeGreaterThan(3);
    for (const row of sample) {
      const [actor, proposal] = [row[0], row[3]];
      const { data } = await gql(`{ entity(id: "${actor}") { stances(proposal: "${proposal}") { stance latest { date } points { stance } } } }`);
      const [api] = data.entity.stances;
      expect([row.at(-4), row.at(-3), Number(row.at(-1))]).toEqual([api.stance, api.latest?.date ?? '', api.points.length]);
    }

    await page.setViewportSize(PHONE);
    await page.goto(`${inject('baseURL')}/stances?actorType=COUNTRY`);
    await page.screenshot({ path: artifactPath('stances-phone.png') });
    await page.close();
  });

  it('should show positions over time on an entity page, with both sides in date order', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await page.goto(`${inject('baseURL')}/entities/germany`);
    const section = page.locator('section[aria-labelledby="positions-heading"]');
    await expect(section.getByRole('link', { name: /European peacekeeping force for Ukraine: supports on a condition, 2025-01-18/ }).count()).resolves.toBe(1);
    const dates = await section.locator('ol li span[class*="sidesDate"]').allTextContents();
    expect(dates.length).toBeGreaterThan(1);
    await section.screenshot({ path: artifactPath('entity-timeline-desktop.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await section.screenshot({ path: artifactPath('entity-timeline-phone.png') });
    await expect(page.getByRole('link', { name: 'Stances over time' }).count()).resolves.toBe(1);
    await page.close();
  });
});
