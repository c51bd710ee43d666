// Articles on disk: Markdown with YAML front matter, or plain text whose first line is the title.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import type { Article } from './types';
import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { slugify } from './slug';
import { DataError } from './errors';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lowercase slug').optional(),
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  // A link readers follow to the original: web addresses only (no javascript:, file:, data: …).
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address (http:// or https://)' }).optional(),
  publishedAt: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).optional(),
  source: z.string().optional(),
});

/** Parse an article file's content. `fallbackId` names articles that carry no id of their own. */
export function parseArticle(content: string, source?: string): Article {
  const match = FRONT_MATTER.exec(content);
  const parsed = frontMatterSchema.safeParse(match ? (parseYaml(match[1]) ?? {}) : {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`${source ?? 'article'}: front matter \`${issue.path.join('.')}\` ${issue.message}`);
  }
  const meta = parsed.data;
  const text = match ? content.slice(match[0].length) : content;
  const title = meta.title ?? firstLine(text);
  if (!title) throw new Error('article has no title: give a `title` in front matter or put it on the first line');
  return {
    id: meta.id ?? articleId(title),
    title,
    outlet: meta.outlet,
    url: meta.url,
    publishedAt: meta.publishedAt,
    source: meta.source ?? source,
    text,
  };
}

/** Serialise an article to its Markdown form; `parseArticle(formatArticle(a))` gives `a` back. */
export function formatArticle(article: Article): string {
  const { text, ...meta } = article;
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return `---\n${stringifyYaml(defined, { lineWidth: 0 }).trimEnd()}\n---\n${text}`;
}

/** An id from any title: transliterated ("Støre" → "store", Cyrillic → Latin), else a hash when nothing is left. */
export function articleId(title: string): string {
  return slugify(anyAscii(title), 72) || `article-${createHash('sha256').update(title).digest('hex').slice(0, 12)}`;
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim()) ?? '').replace(/^#+\s*/, '').trim();
}
