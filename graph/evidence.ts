// Places a quote in its article: evidence is only ever a verbatim slice of the text.
import type { Article, Evidence } from './types';
import { DataError } from './errors';

/** Locate `quote` in the article (at `start` when given, else its first occurrence). */
export function locateQuote(article: Article, quote: string, start?: number): Evidence {
  const at = start ?? article.text.indexOf(quote);
  if (at < 0 || article.text.slice(at, at + quote.length) !== quote) {
    throw new DataError(`quote not found verbatim in article "${article.id}": ${JSON.stringify(quote.slice(0, 80))}`);
  }
  return { article: article.id, start: at, end: at + quote.length, quote };
}
