// Word tokens of a sentence with absolute offsets; a possessive "'s" is split off and remembered.
import { matchesOf } from '../match-all';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an initialism such as "U.S."). */
  cap: boolean;
  /** Was followed by a possessive "'s" / "’s" (not part of `text`). */
  possessive: boolean;
  /** A punctuation mark rather than a word. */
  punct: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesOf(text, TOKEN)) {
    let word = m[0];
    const possessive = /[’']s$/.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const start = offset + m.index;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      cap: /^\p{Lu}/u.test(word),
      possessive,
      punct: !/[\p{L}\p{N}]/u.test(word),
    });
  }
  return tokens;
}
