// /sign-in: reviewers only (created with `npm run user:add`); reading the graph needs no account.
import type { Metadata } from 'next';
import { safeReturn } from '@/app/auth/session';
import '../review/review.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const ERRORS: Record<string, string> = {
  invalid: 'Unknown name or wrong password.',
  missing: 'Give your name and password.',
  limited: 'Too many failed attempts for this name; wait 15 minutes and try again.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const error = typeof params.error === 'string' ? ERRORS[params.error] : undefined;
  return (
    <main className="form-page">
      <h1>Sign in to review</h1>
      <p className="lede">Reviewers check what the extractor found, claim by claim. Reading the graph needs no account.</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <form method="post" action="/api/auth/sign-in" className="form-grid">
        <input type="hidden" name="next" value={safeReturn(params.next)} />
        <label>
          Name <input name="name" autoComplete="username" required autoFocus />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
