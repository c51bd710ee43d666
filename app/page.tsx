import Link from 'next/link';
import { loadKnowledgeGraph, stats } from '@/graph';

export const dynamic = 'force-dynamic';

/** Placeholder home until the explorer lands: what the graph holds and where to query it. */
export default function Home() {
  const s = stats(loadKnowledgeGraph());
  return (
    <main>
      <h1>The European peacekeeping debate over Ukraine</h1>
      <p>
        {s.entities} entities and {s.relations} relations from {s.articles} articles. Every relation is backed by a verbatim quote.
      </p>
      <p>
        Query it at <Link href="/api/graphql">/api/graphql</Link>.
      </p>
    </main>
  );
}
