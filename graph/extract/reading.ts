// How the extractor reads an article's lines: text hard-wrapped inside its paragraphs is read as Markdown reads it, and
// a "paragraph" of many thousand characters (text with no line breaks at all) is read in paragraphs of a few thousand.
// The stored text stays as it was written (quotes are verbatim, an export gives back the same bytes); only what the
// extractor and the date rules read changes, one whitespace character for another, so every offset holds.
import type { Article } from '../types';

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
/** The widest line taken for one wrapped at a fixed width. */
const WRAP_WIDTH = 120;
const HARD_BREAK = /(?: {2}|\\)$/;
const SENTENCE_END = /[.!?:]["”’)\]]*$/;
// A line ends inside a sentence: after a comma or dash, or on a word in lower case ("… once the").
const ENDS_INSIDE = /(?:[,;–—-]|(?:^|\s)\p{Ll}[\p{L}'’-]*)$/u;

const LOWERCASE_START = /^\s*\p{Ll}/u;
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
  // Paragraphs set apart by blank lines and lines no longer than a wrap width: a long line run on by another is
  // wrapped, even at a full stop. (One paragraph a line, with a blank line somewhere, has lines far longer.)
  const blankLines = /\n[ \t]*\n/.test(text) && lines.filter((l) => l.length > WRAP_WIDTH).length <= lines.length / 20;
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const [before, line] = [lines[i - 1], lines[i]];
    const inside = !SENTENCE_END.test(before.trimEnd()) && (ENDS_INSIDE.test(before.trimEnd()) || LOWERCASE_START.test(line));
    const runsOn = !WHOLE_LINE.test(before) && !LINKS.test(before) && (!LIST_ITEM.test(before) || /^\s{2,}\S/.test(line));
    const soft = i - 1 > firstBody && before.trim().length >= WRAPPED && line.trim() && runsOn && !BLOCK_START.test(line) && !LABEL.test(line)
      && !HARD_BREAK.test(before) && (inside || blankLines);
    out += (soft ? ' ' : '\n') + line;
  }
  return out;
}

/** Longer lines than this are read as several paragraphs. */
const LONGEST_PARAGRAPH = 4000;
/** How long each of those paragraphs runs before it ends at the next sentence's end. */
const PARAGRAPH_RUN = 2000;
const SENTENCE_BREAK = /[.!?]["”’)]*( )(?=["“‘(]?\p{Lu})/gu;

/**
 * Lines of more than LONGEST_PARAGRAPH characters broken at a sentence's end every PARAGRAPH_RUN characters or so: the
 * date and attribution rules look through a sentence's paragraph, so one paragraph of 800 KB would cost time
 * quadratic in the text. Real paragraphs are far shorter, and a text with no breaks has no paragraphs to keep.
 */
export function breakLongParagraphs(text: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
    if (lineEnd - lineStart > LONGEST_PARAGRAPH) {
      out ??= text.split('');
      SENTENCE_BREAK.lastIndex = lineStart + PARAGRAPH_RUN;
      for (let m = SENTENCE_BREAK.exec(text); m && m.index < lineEnd - PARAGRAPH_RUN; m = SENTENCE_BREAK.exec(text)) {
        out[m.index + m[0].length - 1] = '\n';
        SENTENCE_BREAK.lastIndex = m.index + PARAGRAPH_RUN;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}

/** The article as the extractor reads it: soft breaks joined, endless lines broken (same length, same offsets). */
export const readingOf = <T extends Pick<Article, 'text'>>(article: T): T => {
  const text = breakLongParagraphs(joinSoftBreaks(article.text));
  return text === article.text ? article : { ...article, text };
};
