// Who is writing: a reviewer's session (an http-only cookie, checked against the store, with a CSRF token that
// every form and mutation must send back) or an API token for scripts. Reading needs neither.
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import type { Database } from '@/graph/store/driver';
import { readModel } from '@/graph/store/read-model';
import { sessionFor, tokenUser, type Session } from '@/graph/review';

export const SESSION_COOKIE = 'pk_session';

export interface Reviewer {
  user: string;
  /** A session must also present its CSRF token; an API token is not ambient (no browser sends it on its own). */
  via: 'session' | 'token';
  csrf?: string;
}

/** The serving process's database (the read model owns it). */
export async function storeDatabase(): Promise<Database> {
  const model = readModel();
  await model.status();
  const db = model.database;
  if (!db) throw new Error('the store is not open in this process');
  return db;
}

/** The signed-in reviewer of a page render, or null. */
export async function pageSession(): Promise<Session | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionFor(await storeDatabase(), token) : null;
}

/** The reviewer behind a request: `Authorization: Bearer <token>` first, else the session cookie. */
export async function requestReviewer(request: NextRequest): Promise<Reviewer | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  // Most requests are anonymous reads: they never touch the database.
  if (!bearer && !token) return null;
  const db = await storeDatabase();
  if (bearer) {
    const user = await tokenUser(db, bearer);
    return user ? { user, via: 'token' } : null;
  }
  const session = token ? await sessionFor(db, token) : null;
  return session ? { user: session.user, via: 'session', csrf: session.csrf } : null;
}

/** A form post from one of our own pages: the browser's Origin names this site (SameSite cookies do the rest). */
export function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Only a path on this site (not //elsewhere) is a place to return to after signing in. */
export const safeReturn = (value: unknown): string => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/review');

/** 303 to a path on this site, as a relative Location: the server's own idea of its host (localhost) may not be the
 * one the browser used, and the CSP's form-action 'self' blocks a form whose redirect leaves the origin. */
export const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { location: path } });
