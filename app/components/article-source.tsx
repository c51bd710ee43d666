// Where an article came from: its outlet, its date and a link to the original. What is not recorded is said to be
// unknown rather than left out, so a reader can tell "no outlet" from "outlet not shown".
import type { ArticleMeta } from '@/graph/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A possibly partial ISO date in words: 2025-02-14 → 14 February 2025, 2025-02 → February 2025. */
export function formatPartialDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function ArticleSource({ article }: { article: Pick<ArticleMeta, 'outlet' | 'publishedAt' | 'url'> }) {
  return (
    <span className="article-source">
      {article.outlet ? <span className="outlet">{article.outlet}</span> : <span className="unknown">outlet unknown</span>}
      {' · '}
      {article.publishedAt ? (
        <time dateTime={article.publishedAt}>{formatPartialDate(article.publishedAt)}</time>
      ) : (
        <span className="unknown">date unknown</span>
      )}
      {' · '}
      {article.url ? (
        <a href={article.url} rel="external noopener" className="original-link">
          original at {hostOf(article.url)}
        </a>
      ) : (
        <span className="unknown">original link not recorded</span>
      )}
    </span>
  );
}
