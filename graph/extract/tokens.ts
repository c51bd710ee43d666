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

// An initialism, a word (hyphens and apostrophes inside), or any other single character.
const TOKEN = /((?:\p{Lu}\.){2,})|([\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesOf(text, TOKEN)) {
    let word = m[0];
    // Only a word can end in a possessive ("Macron’s"); only a lone character can be punctuation.
    const possessive = m[2] !== undefined && word.length > 2 && word.charCodeAt(word.length - 1) === 115 /* s */ && (word[word.length - 2] === '’' || word[word.length - 2] === "'");
    if (possessive) word = word.slice(0, -2);
    const start = offset + m.index;
    const first = word.charCodeAt(0);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      cap: first < 128 ? first >= 65 && first <= 90 : UPPER.test(word),
      possessive,
      punct: m[3] !== undefined && !LETTER_OR_DIGIT.test(word),
    });
  }
  return tokens;
}
