// The 404 page: says what was not found and offers the ways back in.
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <main className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. The entity or article may never have existed, or the link has a typo.</p>
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
