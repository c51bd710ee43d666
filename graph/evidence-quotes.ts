// An evidence quote is by construction its article's text from start to end, so a loaded graph keeps no copy:
// `quote` becomes an enumerable getter (one function shared by all evidence, no per-object slot) that slices the text.
// Spreads, JSON and the API see the same string value as before. Evidence whose quote does not match is left as is.
import type { Evidence, IndexedArticle } from './types';

export function sliceQuotesOnRead(evidence: Evidence[], articles: Map<string, IndexedArticle>): Evidence[] {
  return evidence.map((e) => {
    const article = articles.get(e.article);
    if (!article || article.text.slice(e.start, e.end) !== e.quote) return e;
    const lean = { article: article.id, start: e.start, end: e.end } as Evidence;
    Object.defineProperty(lean, 'quote', quoteDescriptor(articles));
    return lean;
  });
}

const descriptors = new WeakMap<Map<string, IndexedArticle>, PropertyDescriptor>();

/** One descriptor (one getter) per article map, so every evidence object shares one hidden class. */
function quoteDescriptor(articles: Map<string, IndexedArticle>): PropertyDescriptor {
  let descriptor = descriptors.get(articles);
  if (!descriptor) {
    descriptor = {
      get(this: Evidence) {
        return articles.get(this.article)!.text.slice(this.start, this.end);
      },
      enumerable: true,
      configurable: true,
    };
    descriptors.set(articles, descriptor);
  }
  return descriptor;
}
