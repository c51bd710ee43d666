// First contact on the home page: what the graph is, how big, and that every relation quotes its source. A small
// card over the canvas, so the graph keeps the screen; hiding it is remembered in a cookie, so it stays hidden
// from the first paint of the next visit (the home page renders per request and reads it).
import Link from 'next/link';
import type { GraphStats } from '@/graph';
import { HideIntroButton } from './home-intro-hide';

/** Set to `hidden` by the intro's hide button (a client component, which is why the name lives here). */
export const INTRO_COOKIE = 'intro';

export function HomeIntro({ stats, hidden }: { stats: GraphStats; hidden: boolean }) {
  const summary = `${stats.entities} entities and ${stats.relations} relations from ${stats.articles} news articles; every relation is backed by a verbatim quote.`;
  if (hidden) {
    return (
      <>
        <h1 className="visually-hidden">The European peacekeeping debate over Ukraine</h1>
        <p className="visually-hidden">{summary}</p>
      </>
    );
  }
  return (
    <section className="home-intro" aria-labelledby="home-intro-title" data-testid="home-intro">
      <h1 id="home-intro-title">The European peacekeeping debate over Ukraine</h1>
      <p>
        Who supports, opposes, proposed and met with whom: {summary}{' '}
        <span className="home-intro-more">
          Click an entity or a line to read the quotes, or browse the <Link href="/entities">entities</Link> and{' '}
          <Link href="/articles">articles</Link>.
        </span>
      </p>
      <HideIntroButton cookie={INTRO_COOKIE} />
    </section>
  );
}
