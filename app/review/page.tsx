// /review: the queue of machine-extracted relations, one claim at a time beside its quote, for a signed-in reviewer.
// ?article=<id> narrows it to one article (where /ingest lands); ?status= shows ACCEPTED or REJECTED ones instead.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { REJECT_REASONS, reviewQueue, type QueueItem } from '@/graph/review';
import { RELATION_TYPES } from '@/graph/types';
import { pageSession, storeDatabase } from '@/app/auth/session';
import { ReviewQueue } from './review-queue';
import { SignedIn } from './sign-out';
import type { RecordView } from './types';
import './review.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review', robots: { index: false } };

const STATUSES = ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] as const;

const view = (item: QueueItem): RecordView => ({ ...item, evidence: item.quotes });

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const article = typeof params.article === 'string' && params.article ? params.article : undefined;
  const status = STATUSES.find((s) => s === params.status) ?? 'UNREVIEWED';
  const here = `/review${article || status !== 'UNREVIEWED' ? `?${new URLSearchParams({ ...(article ? { article } : {}), ...(status !== 'UNREVIEWED' ? { status } : {}) })}` : ''}`;
  const session = await pageSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  const { items, remaining } = await reviewQueue(await storeDatabase(), { article, status, first: 200 });
  return (
    <main className="review-page">
      <div className="page-head review-head">
        <div>
          <h1>Review{article && <> · <Link href={`/articles/${article}`}>{article}</Link></>}</h1>
          <p className="kicker">
            {status === 'UNREVIEWED' ? 'Machine-extracted claims waiting for a human decision.' : `${status[0]}${status.slice(1).toLowerCase()} claims.`}{' '}
            Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>q</kbd> quote, <kbd>d</kbd> defer.
          </p>
          <nav aria-label="Review views" className="page-actions">
            {STATUSES.map((s) => (
              <Link key={s} href={`/review?${new URLSearchParams({ ...(article ? { article } : {}), status: s })}`} aria-current={s === status ? 'page' : undefined}>
                {s.toLowerCase()}
              </Link>
            ))}
            {article && <Link href={`/review/history?kind=ARTICLE&id=${encodeURIComponent(article)}`}>article history</Link>}
            <Link href="/ingest">Add an article</Link>
          </nav>
        </div>
        <SignedIn user={session.user} csrf={session.csrf} />
      </div>
      <ReviewQueue initial={items.map(view)} total={remaining} csrf={session.csrf} reasons={[...REJECT_REASONS]} types={[...RELATION_TYPES]} />
    </main>
  );
}
