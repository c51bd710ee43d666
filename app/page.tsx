import { cookies } from 'next/headers';
import { currentKnowledgeGraph, stats } from '@/graph';
import { HomeIntro, INTRO_COOKIE } from './components/home-intro';
import { Explorer } from './explorer/explorer';
import { INTENT_SCRIPT } from './explorer/intent';
import { GraphPreview } from './explorer/graph-preview';
import styles from './explorer/explorer.module.css';

export const dynamic = 'force-dynamic';

/**
 * Home: the whole debate as a graph. The server renders the frame, a short intro and a still of the graph; the
 * explorer (a client island) then fetches the lean graph from /explorer-data and draws it with sigma.
 * Linkable views: /?selected=<entity id> (see app/explorer/view-state.ts for the full format).
 */
export default async function Home() {
  const kg = await currentKnowledgeGraph();
  const s = stats(kg);
  const introHidden = (await cookies()).get(INTRO_COOKIE)?.value === 'hidden';
  return (
    <main className={styles.home}>
      <HomeIntro stats={s} hidden={introHidden} />
      {/* Fetched while the explorer's scripts load instead of after them (use-lean-graph's fetch reuses it). */}
      <link rel="preload" href="/explorer-data" as="fetch" crossOrigin="anonymous" />
      <script dangerouslySetInnerHTML={{ __html: INTENT_SCRIPT }} />
      <Explorer dataUrl="/explorer-data" preview={<GraphPreview kg={kg} />} />
    </main>
  );
}
