import { currentKnowledgeGraph, stats } from '@/graph';
import { Explorer } from './explorer/explorer';
import styles from './explorer/explorer.module.css';

export const dynamic = 'force-dynamic';

/**
 * Home: the whole debate as a graph. The server renders the frame and a summary; the explorer
 * (a client island) fetches the lean graph from /explorer-data and draws it with sigma.
 * Linkable views: /?selected=<entity id> (see app/explorer/view-state.ts for the full format).
 */
export default async function Home() {
  const s = stats(await currentKnowledgeGraph());
  return (
    <main className={styles.home}>
      <h1 className={styles.srOnly}>The European peacekeeping debate over Ukraine</h1>
      <p className={styles.srOnly}>
        {s.entities} entities and {s.relations} relations from {s.articles} articles; every relation is backed by a verbatim quote.
        Search for an entity to read its relations and their evidence.
      </p>
      {/* Fetched while the explorer's scripts load instead of after them (use-lean-graph's fetch reuses it). */}
      <link rel="preload" href="/explorer-data" as="fetch" crossOrigin="anonymous" />
      <Explorer dataUrl="/explorer-data" />
    </main>
  );
}
