// Security headers on every page and on the API, and pages that still work under the Content-Security-Policy.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const PATHS = ['/', '/explorer', '/graphql', '/entities/keir-starmer', '/api/graphql?query=%7Bstats%7Bentities%7D%7D', '/no-such-page'];

describe('security headers', () => {
  for (const path of PATHS) {
    it(`should be on ${path}`, async () => {
      const response = await fetch(`${inject('baseURL')}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  }
});

describe('pages under the Content-Security-Policy', () => {
  const browser = useBrowser();

  for (const path of ['/', '/explorer', '/graphql']) {
    it(`should load ${path} with no CSP violation`, async () => {
      const page = await browser().newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${inject('baseURL')}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500); // let workers and lazy chunks start
      await page.close();
      expect(violations).toEqual([]);
    });
  }
});
