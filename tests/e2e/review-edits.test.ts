// Correcting the graph in a real browser (headless Chromium) against a `next start` on a scratch store: a claim's
// statement date and a narrower quote picked by selecting words; the entity page's forms (rename, names, a conflict
// with another reviewer's save, merge by search, split back out); the explorer's unreviewed edges and its
// shareable "reviewed only" view. Screenshots of the forms at desktop and phone widths.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitText } from '../support/browser';
import { gqlAs, keysReady, REVIEW_ARTICLE, REVIEW_ARTICLE_ID, session, signIn, useReviewServer, type SignedIn } from '../support/review';

const reviewServer = useReviewServer('eva');
let base: string;
let eva: SignedIn;
const browser = useBrowser();

beforeAll(async () => {
  base = reviewServer.baseURL;
  eva = await signIn(base, 'eva');
  const ingested = await gqlAs(base, `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article } }`, { input: { text: REVIEW_ARTICLE } }, session(eva));
  expect(ingested.errors).toBeUndefined();
}, 240_000);

/** A page of a browser signed in as eva (her session cookie, as the sign-in form sets it). */
async function signedInPage(width = 1280, height = 800): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height } });
  const [name, value] = eva.cookie.split('=');
  await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  return page;
}

const record = async (id: string) =>
  (await gqlAs(base, `query ($id: ID!) { relationRecord(id: $id) { id status evidence { quote statedAt { date precision } } } }`, { id })).data.relationRecord;
const currentId = (page: Page) => page.locator('.claim a[href^="/review/history?kind=RELATION"]').getAttribute('href').then((h) => decodeURIComponent(/id=([^&]+)/.exec(h!)![1]));

describe('correcting claims in the browser', { timeout: 240_000 }, () => {
  it('should set a statement date and replace a quote with words selected in it', async () => {
    const page = await signedInPage();
    await page.goto(`${base}/review?article=${REVIEW_ARTICLE_ID}`);
    await page.locator('.claim-quote mark').first().waitFor();
    await keysReady(page);

    const dated = await currentId(page);
    await page.keyboard.press('e');
    await page.getByLabel('Statement date').fill('2025-03');
    await page.screenshot({ path: artifactPath('review-edit-desktop.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitText(page, '[role=status]', /^Saved and accepted\.$/);
    expect((await record(dated)).evidence[0].statedAt).toEqual({ date: '2025-03', precision: 'MONTH' });

    // Select the words "Portugal supports the Atlantic patrol mission" inside the claim that quotes them.
    const wanted = 'Portugal supports the Atlantic patrol mission';
    for (let i = 0; i < 10 && !((await page.locator('.claim-quote mark').first().textContent()) ?? '').includes(wanted); i++) await page.keyboard.press('j');
    const narrowed = await currentId(page);
    const before = await record(narrowed);
    await page.evaluate((words) => {
      const mark = document.querySelector('.claim-quote mark')!;
      const text = mark.firstChild as Text;
      const at = text.data.indexOf(words);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, wanted);
    await page.keyboard.press('q');
    expect(await page.locator('textarea[name=quote]').inputValue()).toBe(wanted);
    await page.getByLabel('replaces them').check();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifactPath('review-quote-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Save quote' }).click();
    await waitText(page, '[role=status]', /^Quote replaced; claim accepted\.$/);
    const after = await record(narrowed);
    expect(after.status).toBe('ACCEPTED');
    expect(after.evidence.map((e: { quote: string }) => e.quote)).toEqual([wanted]);
    expect(before.evidence.map((e: { quote: string }) => e.quote)).not.toEqual([wanted]);

    // Typed words that are not the article's are refused, saying where they stop matching.
    await page.keyboard.press('q');
    await page.locator('textarea[name=quote]').fill('Viktor Orban opposes the Arctic patrol mission.');
    await page.getByRole('button', { name: 'Save quote' }).click();
    await waitText(page, '[role=status]', /Not saved: quote: not found verbatim/);
    await page.context().close();
  });
});

describe('the entity edit page', { timeout: 240_000 }, () => {
  it('should rename, add and remove a name, show a conflict, merge by search and split again', async () => {
    const page = await signedInPage();
    await page.goto(`${base}/review/entities/tiago-mendonca`);
    await page.getByRole('heading', { name: 'Edit Tiago Mendonca' }).waitFor();
    await page.screenshot({ path: artifactPath('entity-edit-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifactPath('entity-edit-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel('Name', { exact: true }).fill('Tiago Mendonça');
    await page.getByRole('button', { name: 'Save name and type' }).click();
    await waitText(page, '[role=status]', /^Saved\.$/);
    await page.getByLabel('Add a name').fill('T. Mendonca');
    await page.getByRole('button', { name: 'Add name' }).click();
    await waitText(page, '[role=status]', /Added “T\. Mendonca”/);
    await page.getByRole('button', { name: 'Remove the name T. Mendonca' }).click();
    await waitText(page, '[role=status]', /Removed “T\. Mendonca”/);
    const entity = async (id: string) => (await gqlAs(base, `{ entity(id: "${id}") { id name aliases } }`, {})).data.entity;
    expect(await entity('tiago-mendonca')).toMatchObject({ name: 'Tiago Mendonça', aliases: expect.arrayContaining(['Tiago Mendonca']) });
    expect((await entity('tiago-mendonca')).aliases).not.toContain('T. Mendonca');

    // Another reviewer saves first: this page's save is refused and shows what they saved.
    const { version } = (await gqlAs(base, `{ entityRecord(id: "tiago-mendonca") { version } }`, {})).data.entityRecord;
    const other = await gqlAs(base, `mutation ($v: Int!) { updateEntity(id: "tiago-mendonca", version: $v, type: INSTITUTION) { version } }`, { v: version }, session(eva));
    expect(other.errors).toBeUndefined();
    await page.getByLabel('Name', { exact: true }).fill('Tiago M.');
    await page.getByRole('button', { name: 'Save name and type' }).click();
    await waitText(page, '[role=status]', /Not saved: .*changed by someone else.*Now: “Tiago Mendonça” \(institution\)/);
    expect((await entity('tiago-mendonca')).name).toBe('Tiago Mendonça');

    // Merge Sigrun into Tiago, picked by search, then split her back out.
    await page.goto(`${base}/review/entities/sigrun-haraldsdottir`);
    await page.getByLabel('Find the entity to keep').fill('Mendon');
    await page.getByLabel(/Tiago Mendonça/).check();
    await page.getByRole('button', { name: 'Merge Sigrun Haraldsdottir into Tiago Mendonça' }).click();
    await page.waitForURL(/\/review\/entities\/tiago-mendonca\?merged=sigrun-haraldsdottir$/);
    expect((await entity('sigrun-haraldsdottir')).id).toBe('tiago-mendonca');
    await page.getByRole('button', { name: 'Split Sigrun Haraldsdottir back out' }).click();
    await waitText(page, '[role=status]', /Split: Sigrun Haraldsdottir is an entity of its own again\./);
    expect((await entity('sigrun-haraldsdottir')).id).toBe('sigrun-haraldsdottir');
    expect(await page.getByRole('listitem').filter({ hasText: 'Sigrun Haraldsdottir' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('unreviewed claims in the explorer', { timeout: 120_000 }, () => {
  it('should draw them dashed with a legend entry, and hide them in the shareable reviewed-only view', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/?selected=tiago-mendonca&ego=1`);
    await page.waitForFunction(() => window.__explorer?.firstFrameMs !== undefined, null, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('unreviewed-legend').textContent()).toMatch(/machine-extracted, not reviewed \(\d+\)/);
    const unreviewed = await page.evaluate(() => {
      const graph = window.__explorer!.sigma.getGraph();
      return graph.filterEdges((_e, a) => a.unreviewed).map((e) => ({ id: e, type: graph.getEdgeAttribute(e, 'type') as string, hidden: window.__explorer!.sigma.getEdgeDisplayData(e)?.hidden }));
    });
    expect(unreviewed.length).toBeGreaterThan(0);
    // Straight or curved (beside another relation of the same pair), each is drawn dashed.
    expect(unreviewed.every((e) => /^(curved-)?dashed-/.test(e.type))).toBe(true);
    await page.waitForTimeout(700);
    await page.screenshot({ path: artifactPath('explorer-unreviewed.png') });
    const counts = async () => (await page.getByTestId('counts').textContent()) ?? '';
    const all = await counts();

    await page.getByTestId('reviewed-only').check();
    await page.waitForURL(/reviewed=1/);
    await expect.poll(counts).not.toBe(all);
    const hidden = await page.evaluate((ids) => ids.map((id) => window.__explorer!.sigma.getEdgeDisplayData(id)?.hidden ?? true), unreviewed.map((e) => e.id));
    expect(hidden.every(Boolean)).toBe(true);
    await page.close();

    // The link carries the view: opened fresh, it starts with the unreviewed claims hidden.
    const shared = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await shared.goto(`${base}/?selected=tiago-mendonca&ego=1&reviewed=1`);
    await shared.waitForFunction(() => window.__explorer?.firstFrameMs !== undefined, null, { timeout: 30_000 });
    expect(await shared.getByTestId('reviewed-only').isChecked()).toBe(true);
    await expect.poll(() => shared.getByTestId('counts').textContent()).not.toBe(all);
    await shared.close();
  });
});
