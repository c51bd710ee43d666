// The 404 page: says what was not found, offers the closest entities to a missing entity id, and the ways back in.
import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { currentKnowledgeGraph, entityPath } from '@/graph';
import { ENTITY_LABELS } from '@/graph/palette';
import { MISSING_ENTITY_HEADER, suggestEntities } from './components/missing-entity';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default async function NotFound() {
  // The request first: at build time this ends the prerender before the graph is asked for, so `next build` never
  // opens the store (which a running server owns).
  const missing = (await headers()).get(MISSING_ENTITY_HEADER);
  const suggestions = suggestEntities(await currentKnowledgeGraph(), missing);
  return (
    <main className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. The entity or article may never have existed, or the link has a typo.</p>
      {suggestions.length > 0 && (
        <section aria-labelledby="did-you-mean">
          <h2 id="did-you-mean">Did you mean</h2>
          <ul className="did-you-mean">
            {suggestions.map((e) => (
              <li key={e.id}>
                <Link href={entityPath(e.id)}>{e.name}</Link> <span className="count">{ENTITY_LABELS[e.type]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul>
        <li>
          <Link href="/entities">Browse all entities</Link>
        </li>
        <li>
          <Link href="/articles">Browse the articles</Link>
        </li>
        <li>
          <Link href="/">Open the graph explorer</Link>
        </li>
      </ul>
    </main>
  );
}
