// A reviewer in a real browser (headless Chromium) against a second `next start` on a scratch store: sign in, paste
// an article, land on its review, decide claims by keyboard (accept, accept, reject with a reason, edit), see the
// count go down and the entity page change; sign out and the next write is refused. Screenshots at desktop and phone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitText } from '../support/browser';
import { gqlAs, keysReady, PASSWORD, REVIEW_ARTICLE, REVIEW_ARTICLE_ID, useReviewServer } from '../support/review';

const reviewServer = useReviewServer('eva');
let base: string;
const browser = useBrowser();
beforeAll(() => {
  base = reviewServer.baseURL;
});

const left = async (page: Page) => Number(/(\d+) left/.exec((await page.locator('.queue-count').textContent()) ?? '')?.[1]);
const statuses = async () => {
  const { data } = await gqlAs(base, `{ a: reviewQueue(article: "${REVIEW_ARTICLE_ID}", status: ACCEPTED) { remaining items { qualifier } } r: reviewQueue(article: "${REVIEW_ARTICLE_ID}", status: REJECTED) { remaining items { reason } } }`, {});
  return data;
};

describe('reviewing in the browser', { timeout: 240_000 }, () => {
  it('should sign in, add an article, and review its claims by keyboard', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${base}/ingest`);
    await page.waitForURL(/\/sign-in\?next=%2Fingest/);
    await page.getByLabel('Name', { exact: true }).fill('eva');
    await page.getByLabel('Password', { exact: true }).fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitText(page, '[role=alert]', /wrong password/);
    await page.getByLabel('Name', { exact: true }).fill('eva');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/ingest$/);

    await page.getByLabel('Text', { exact: true }).fill(REVIEW_ARTICLE);
    // The front matter fills the empty fields.
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Iceland and Portugal float an Atlantic patrol mission');
    expect(await page.getByLabel('Published', { exact: true }).inputValue()).toBe('2025-04-02');
    await page.getByRole('button', { name: 'Add and review' }).click();
    await page.waitForURL(new RegExp(`/review\\?article=${REVIEW_ARTICLE_ID}$`), { timeout: 60_000 });
    const total = await left(page);
    expect(total).toBeGreaterThanOrEqual(6);
    await page.locator('.claim-quote mark').first().waitFor();
    await keysReady(page);
    await page.screenshot({ path: artifactPath('review-desktop.png') });

    await page.keyboard.press('a');
    await waitText(page, '[role=status]', /^Accepted\.$/);
    await page.waitForFunction((n) => document.querySelector('.queue-count')?.textContent?.startsWith(`${n} left`), total - 1);
    await page.keyboard.press('a');
    await page.waitForFunction((n) => document.querySelector('.queue-count')?.textContent?.startsWith(`${n} left`), total - 2);
    await page.keyboard.press('r');
    await page.getByLabel('Why is it wrong?').selectOption('WRONG_DIRECTION');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await waitText(page, '[role=status]', /^Rejected: Wrong direction\.$/);
    await page.keyboard.press('j');
    await page.keyboard.press('e');
    await page.getByLabel('Condition (qualifier)').fill('only with a UN mandate');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitText(page, '[role=status]', /^Saved and accepted\.$/);
    expect(await left(page)).toBe(total - 4);

    const after = await statuses();
    expect(after.a.remaining).toBe(3);
    expect(after.a.items.map((i: { qualifier: string | null }) => i.qualifier)).toContain('only with a UN mandate');
    expect(after.r).toEqual({ remaining: 1, items: [{ reason: 'WRONG_DIRECTION' }] });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifactPath('review-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Sign out: the page still open cannot write any more.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/`);
    await page.goBack();
    await page.waitForURL(/\/sign-in/);
    await page.close();
  });

  it('should show the reviewed and unreviewed claims apart on the entity page, in words', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/entities/tiago-mendonca`);
    await page.locator('.status-badge').first().waitFor();
    const badges = await page.locator('.status-badge').allTextContents();
    expect(badges.some((b) => b === 'reviewed' || b === 'machine-extracted, unreviewed')).toBe(true);
    await page.screenshot({ path: artifactPath('review-entity.png'), fullPage: true });
    await page.getByRole('link', { name: 'Show only reviewed facts' }).click();
    await page.waitForURL(/\?reviewed=1$/);
    expect(await page.locator('.status-unreviewed').count()).toBe(0);
    await page.close();
  });
});
