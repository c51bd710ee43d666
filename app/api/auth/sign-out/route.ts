// POST /api/auth/sign-out (the header's form, with the session's CSRF token): end the session, clear the cookie.
import type { NextRequest } from 'next/server';
import { signOut } from '@/graph/review';
import { SESSION_COOKIE, requestReviewer, sameOrigin, seeOther, storeDatabase } from '@/app/auth/session';

export async function POST(request: NextRequest) {
  const reviewer = await requestReviewer(request);
  const form = await request.formData().catch(() => null);
  if (!reviewer || reviewer.via !== 'session' || !sameOrigin(request) || form?.get('csrf') !== reviewer.csrf) {
    return Response.json({ error: 'Sign out from this site\'s own pages while signed in.' }, { status: 403 });
  }
  await signOut(await storeDatabase(), request.cookies.get(SESSION_COOKIE)?.value);
  const response = seeOther('/');
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
