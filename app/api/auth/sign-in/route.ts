// POST /api/auth/sign-in (the /sign-in form): check the password, set the session cookie, go back where the
// reviewer was. Failures return to the form with a reason; repeated failures for a name are refused for a while.
import type { NextRequest } from 'next/server';
import { InvalidArgumentError } from '@/graph/errors';
import { RateLimitedError, SESSION_HOURS, signIn } from '@/graph/review';
import { SESSION_COOKIE, safeReturn, sameOrigin, seeOther, storeDatabase } from '@/app/auth/session';

export async function POST(request: NextRequest) {
  const back = (error: string, next: string) => seeOther(`/sign-in?error=${error}&next=${encodeURIComponent(next)}`);
  if (!sameOrigin(request)) return Response.json({ error: 'Sign in from this site\'s own sign-in page.' }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const next = safeReturn(form?.get('next'));
  const name = form?.get('name');
  const password = form?.get('password');
  if (typeof name !== 'string' || typeof password !== 'string' || !name || !password) return back('missing', next);
  try {
    const session = await signIn(await storeDatabase(), name, password);
    const response = seeOther(next);
    response.cookies.set(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    return response;
  } catch (error) {
    if (error instanceof RateLimitedError) return back('limited', next);
    if (error instanceof InvalidArgumentError) return back('invalid', next);
    throw error;
  }
}
