// Reviewers for tests: created through the real `npm run user:add` CLI (password on stdin), signed in through the
// real sign-in form's endpoint, the session's CSRF token read from a page the way a browser gets it.
import { spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { ROOT, type ScratchStore } from './store';
import { useStoreServer } from './store-server';

export const PASSWORD = 'a long test password';

/** Async on purpose: a blocking spawnSync would keep fetch from noticing the server closing idle connections. */
export function addReviewer(store: ScratchStore, name: string, options: { token?: string; password?: string } = {}) {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'user-add.ts'), name, '--data', store.dataDir, ...(options.token ? ['--token', options.token] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...store.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(`${options.password ?? PASSWORD}\n`);
  return new Promise<{ code: number | null; stdout: string; stderr: string; token?: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, token: /API token \(shown once\): (\S+)/.exec(stdout)?.[1] })),
  );
}

/** A `next start` of its own on a scratch store with `reviewer` added, for the calling test file; `baseURL` once started. */
export function useReviewServer(reviewer: string): { baseURL: string } {
  const server = useStoreServer();
  beforeAll(async () => {
    const added = await addReviewer(server.store, reviewer);
    expect(added.code, added.stderr).toBe(0);
  }, 120_000);
  return server;
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  setCookie: string;
}

/** POST the sign-in form as a browser on this site would (with its Origin); the session cookie and its CSRF token. */
export async function signIn(baseURL: string, name: string, password = PASSWORD): Promise<SignedIn> {
  const response = await postForm(baseURL, '/api/auth/sign-in', { name, password, next: '/review' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = /pk_session=[^;]+/.exec(setCookie)?.[0];
  if (response.status !== 303 || !cookie) throw new Error(`sign-in failed: ${response.status} ${response.headers.get('location')}`);
  return { cookie, csrf: await csrfOf(baseURL, cookie), setCookie };
}

export async function csrfOf(baseURL: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${baseURL}/review`, { headers: { cookie }, redirect: 'manual' })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('no CSRF token on /review (not signed in?)');
  return csrf;
}

/** The response with its body read (an unread body would leave the kept-alive connection unusable). */
export async function postForm(baseURL: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A GraphQL POST with whatever credentials the test gives (cookie, x-csrf-token, Authorization). */
export async function gqlAs(baseURL: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }) };
}

export const session = (s: SignedIn) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

// Written for these tests (not a real report): new actors, a proposal, stances and meetings.
export const REVIEW_ARTICLE = `---
title: Iceland and Portugal float an Atlantic patrol mission
outlet: Written for the review tests (not a real report)
publishedAt: 2025-04-02
---
Icelandic Foreign Minister Sigrun Haraldsdottir proposed an Atlantic patrol mission to escort supply ships bound for Ukraine.
Portuguese Defence Minister Tiago Mendonca met with Haraldsdottir in Lisbon on Tuesday and said Portugal supports the Atlantic patrol mission.
Hungarian Prime Minister Viktor Orban opposes the Atlantic patrol mission.
Keir Starmer met with Tiago Mendonca in London on Wednesday.
`;
export const REVIEW_ARTICLE_ID = 'iceland-and-portugal-float-an-atlantic-patrol-mission';

/** Waits until the review queue listens for its keys (its page is served before its script runs). */
export const keysReady = (page: Page) => page.locator('.review-queue[data-ready]').waitFor();
