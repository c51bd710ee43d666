// The query console at /graphql in a real browser: GraphiQL from the bundle, examples ready, queries answered offline.
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
});
