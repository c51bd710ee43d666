// /ingest: add an article from the browser (paste or upload); extraction runs and the reviewer lands on its review.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { pageSession } from '@/app/auth/session';
import { SignedIn } from '../review/sign-out';
import { IngestForm } from './ingest-form';
import '../review/review.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add an article', robots: { index: false } };

export default async function IngestPage() {
  const session = await pageSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent('/ingest')}`);
  return (
    <main className="form-page">
      <div className="page-head review-head">
        <h1>Add an article</h1>
        <SignedIn user={session.user} csrf={session.csrf} />
      </div>
      <p className="lede">
        Paste the text or upload a .md or .txt file. YAML front matter (title, outlet, url, publishedAt) fills the fields. Every claim the extractor finds
        starts unreviewed.
      </p>
      <IngestForm csrf={session.csrf} />
    </main>
  );
}
