// Splits article text into sentences with character offsets; abbreviations ("U.S.", "Gen.", "Feb.") do not end one.
import type { Sentence } from './types';
import { matchesOf } from '../match-all';

/** Words that take a period without ending a sentence (compared lowercase, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep', 'gov', 'pres',
  'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'approx', 'est', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al',
]);

/** After an initialism like "U.S." these words start a new sentence rather than continue the name. */
const SENTENCE_OPENERS = new Set(['The', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'We', 'But', 'However', 'In', 'On', 'At', 'A', 'An', 'And', 'Yet', 'Still', 'Meanwhile', 'Some', 'Most']);

const BOUNDARY = /[.!?]+["”’')\]*]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Sentences of `text`: every line is at least one sentence (headlines have no final period). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n]+/g;
  for (const line of matchesOf(text, lines)) {
    let from = 0;
    const body = line[0];
    for (const stop of matchesOf(body, BOUNDARY)) {
      const end = stop.index + stop[0].length;
      if (isAbbreviation(body, stop.index, end)) continue;
      push(sentences, text, line.index + from, line.index + end);
      from = end;
    }
    push(sentences, text, line.index + from, line.index + body.length);
  }
  return sentences;
}

const WORD_CHAR = /[\p{L}.]/u;

const INITIALISM = /^(?:\p{Lu}\.)*\p{Lu}$/u;
function isAbbreviation(line: string, dot: number, end: number): boolean {
  if (line[dot] !== '.' || line[dot + 1] === '.') return false;
  // The word before the dot, found by stepping back from it (a pattern anchored at the end would read the whole line
  // before every full stop).
  let from = dot;
  while (from > 0 && WORD_CHAR.test(line[from - 1])) from--;
  const word = line.slice(from, dot);
  const next = /^\s+["“‘(\[]?([\p{L}\p{N}]+)/u.exec(line.slice(end))?.[1] ?? '';
  // Initialisms ("U.S.", "U.K.", "J.") continue unless an ordinary sentence opener follows.
  if (INITIALISM.test(word)) return !SENTENCE_OPENERS.has(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
