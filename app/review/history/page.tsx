// /review/history?kind=ENTITY|RELATION|ARTICLE&id=…: every recorded change to one item, newest first: who, when,
// before and after. A signed-in reviewer can revert a review or an edit, split a merge, or undo an ingest (each
// refused, with the reason, if the item changed since).
import type { Metadata } from 'next';
import Link from 'next/link';
import { historyOf } from '@/graph/review';
import { pageSession, storeDatabase } from '@/app/auth/session';
import { ChangeList } from './change-list';
import '../review.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'History', robots: { index: false } };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const kind = params.kind === 'RELATION' || params.kind === 'ARTICLE' ? params.kind : 'ENTITY';
  const id = typeof params.id === 'string' ? params.id.slice(0, 300) : '';
  const [session, changes] = await Promise.all([pageSession(), id ? historyOf(await storeDatabase(), kind, id) : []]);
  return (
    <main className="review-page">
      <h1>
        History of{' '}
        {kind === 'RELATION' ? <code>{id}</code> : <Link href={`/${kind === 'ENTITY' ? 'entities' : 'articles'}/${encodeURIComponent(id)}`}>{id}</Link>}
      </h1>
      {!session && (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/review/history?kind=${kind}&id=${id}`)}`}>Sign in</Link> to revert a change.
        </p>
      )}
      <ChangeList changes={changes} csrf={session?.csrf} />
    </main>
  );
}
