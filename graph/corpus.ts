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
  const text = joinSoftBreaks(match ? content.slice(match[0].length) : content);
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

// A line that starts a block of its own (heading, list item, quote, table, fence, picture) or is a label or caption
// in emphasis ("**10:40** —", "*Photo: …*").
const BLOCK_START = /^\s*(?:#|!\[|[-+•]\s|\d+[.)]\s|>|\||```|~~~|[*_])/;
// A line no other runs on from: a heading, picture, quote, table or fence, or a label or caption all in emphasis.
const WHOLE_LINE = /^\s*(?:#|!\[|>|\||```|~~~)|^\s*([*_]{1,2})[^*_]+\1[\s.:]*$/;
// A line opening with a label ("Related:", "Tags:", "REYES:") starts anew; a link line runs on into nothing.
const LABEL = /^\s*\p{Lu}[\p{L} ]{0,20}:\s/u;
const LINKS = /^\s*(?:related|read more|read also|see also|tags)\b/i;
// A list item, run on only by an indented line.
const LIST_ITEM = /^\s*(?:[-+*•]|\d+[.)])\s/;
/** The shortest line taken for one wrapped at a fixed width: a subheading or a headline is shorter. */
const WRAPPED = 60;
const HARD_BREAK = /(?: {2}|\\)$/;
const SENTENCE_END = /[.!?:]["”’)\]]*$/;
// A line ends inside a sentence: after a comma or dash, or on a word in lower case ("… once the").
const ENDS_INSIDE = /(?:[,;–—-]|(?:^|\s)\p{Ll}[\p{L}'’-]*)$/u;

/**
 * Text hard-wrapped inside its paragraphs ("… a peacekeeping force for Ukraine once the\nguns fall silent.") with
 * those soft breaks read as spaces, as Markdown reads them: every later stage takes a line for a paragraph and never
 * joins a sentence across one. A space for a newline keeps every offset. A break is joined only after a line as long
 * as a wrapped one, before a line that opens no block or label of its own, and only inside a sentence (the line ends
 * without a full stop, on a word in lower case, a comma or a dash) unless blank lines set the paragraphs apart; never
 * after the first line, the headline of a plain-text article.
 */
export function joinSoftBreaks(text: string): string {
  // (Line ends of \r\n are left alone: the file readers turn them into \n before this.)
  if (!text.includes('\n') || text.includes('\r')) return text;
  const lines = text.split('\n');
  const firstBody = lines.findIndex((line) => line.trim());
  // Paragraphs set apart by blank lines: a long line run on by another is wrapped, even at a full stop.
  const blankLines = /\n[ \t]*\n/.test(text);
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const [before, line] = [lines[i - 1], lines[i]];
    const inside = !SENTENCE_END.test(before.trimEnd()) && (ENDS_INSIDE.test(before.trimEnd()) || /^\s*\p{Ll}/u.test(line));
    const runsOn = !WHOLE_LINE.test(before) && !LINKS.test(before) && (!LIST_ITEM.test(before) || /^\s{2,}\S/.test(line));
    const soft = i - 1 > firstBody && before.trim().length >= WRAPPED && line.trim() && runsOn && !BLOCK_START.test(line) && !LABEL.test(line)
      && !HARD_BREAK.test(before) && (inside || blankLines);
    out += (soft ? ' ' : '\n') + line;
  }
  return out;
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim()) ?? '').replace(/^#+\s*/, '').trim();
}
