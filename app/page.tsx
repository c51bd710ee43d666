import { cookies } from 'next/headers';
import { currentKnowledgeGraph, stats } from '@/graph';
import { HomeIntro, INTRO_COOKIE } from './components/home-intro';
import { Explorer } from './explorer/explorer';
import styles from './explorer/explorer.module.css';

export const dynamic = 'force-dynamic';

/**
 * Home: the whole debate as a graph. The server renders the frame and a short intro; the explorer
 * (a client island) fetches the lean graph from /explorer-data and draws it with sigma.
 * Linkable views: /?selected=<entity id> (see app/explorer/view-state.ts for the full format).
 */
export default async function Home() {
  const s = stats(await currentKnowledgeGraph());
  const introHidden = (await cookies()).get(INTRO_COOKIE)?.value === 'hidden';
  return (
    <main className={styles.home}>
      <HomeIntro stats={s} hidden={introHidden} />
      {/* Fetched while the explorer's scripts load instead of after them (use-lean-graph's fetch reuses it). */}
      <link rel="preload" href="/explorer-data" as="fetch" crossOrigin="anonymous" />
      <Explorer dataUrl="/explorer-data" />
    </main>
  );
}
