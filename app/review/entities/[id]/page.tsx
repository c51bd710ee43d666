// /review/entities/<id>: a signed-in reviewer renames an entity, changes its type, adds or removes a name, merges it
// into another, or splits back out an entity merged into it. Every save goes through the same GraphQL mutations as
// scripts do (with the session's CSRF token) and is refused with the current state when someone saved first.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { entityState, historyOf, mergedInto } from '@/graph/review';
import { ENTITY_TYPES } from '@/graph/types';
import { pageSession, storeDatabase } from '@/app/auth/session';
import { SignedIn } from '../../sign-out';
import { EntityEditor, type MergedIn } from './entity-editor';
import '../../review.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit entity', robots: { index: false } };

export default async function EditEntityPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id).slice(0, 300);
  const session = await pageSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(`/review/entities/${id}`)}`);
  const db = await storeDatabase();
  const state = await entityState(db, id);
  if (!state) {
    const survivor = await mergedInto(db, id);
    if (survivor) permanentRedirect(`/review/entities/${encodeURIComponent(survivor)}`);
    notFound();
  }
  // Entities merged into this one that can still be split back out.
  const mergedIn: MergedIn[] = (await historyOf(db, 'ENTITY', id, 200))
    .filter((h) => h.action === 'MERGED_INTO' && h.revertible)
    .map((h) => ({ id: h.subjectId, name: (h.before as { name: string }).name, at: h.at, actor: h.actor }));
  return (
    <main className="review-page">
      <div className="page-head review-head">
        <div>
          <h1>Edit {state.name}</h1>
          <p className="kicker">
            <Link href={`/entities/${encodeURIComponent(id)}`}>Entity page</Link> · <Link href={`/review/history?kind=ENTITY&id=${encodeURIComponent(id)}`}>History</Link> ·{' '}
            <Link href="/review">Review queue</Link>
          </p>
        </div>
        <SignedIn user={session.user} csrf={session.csrf} />
      </div>
      <EntityEditor initial={state} csrf={session.csrf} types={[...ENTITY_TYPES]} mergedIn={mergedIn} />
    </main>
  );
}
