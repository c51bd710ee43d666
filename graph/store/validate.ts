// What the store refuses before a transaction starts: every refusal names the article and what is wrong with it.
import type { Article } from '../types';
import { MAX_ARTICLE_BYTES } from '../extract/input';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export class ArticleRefusal extends Error {
  constructor(readonly article: string, reason: string) {
    super(`${article}: ${reason}`);
    this.name = 'ArticleRefusal';
  }
}

export function checkArticle(article: Article): void {
  const name = article.source ?? article.id ?? 'article';
  if (!article.id || !SLUG.test(article.id) || article.id.length > 120) throw new ArticleRefusal(name, `id "${article.id}" must be a lowercase slug of at most 120 characters`);
  if (!article.title?.trim()) throw new ArticleRefusal(name, 'the article has no title');
  if (!article.text?.trim()) throw new ArticleRefusal(name, 'the article has no text');
  if (Buffer.byteLength(article.text) > MAX_ARTICLE_BYTES) throw new ArticleRefusal(name, `the text is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
  if (article.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(article.url)) throw new ArticleRefusal(name, `url "${article.url}" must be an http(s) address`);
  if (article.publishedAt !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(article.publishedAt)) throw new ArticleRefusal(name, `publishedAt "${article.publishedAt}" must be a date like 2025-02-14, 2025-02 or 2025`);
}
