// Finds where known entities are named in a text: every name and alias, leftmost first, longest match at a place.
// Aliases are indexed by their first word, so a text costs one pass over its words and a few comparisons at each,
// however many entities the graph holds (one regex alternation of every alias cost time per alias at every place).
import type { Entity, Mention } from './types';
import { matchesOf } from './match-all';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The alias's first word (its leading letters and digits), or '' when it starts with anything else. */
const firstWord = (alias: string) => /^[\p{L}\p{N}]+/u.exec(alias)?.[0] ?? '';

/** A common-noun alias ("peacekeeping force") also matches capitalised at a sentence start; a proper name as written. */
function capitalised(alias: string): string | undefined {
  const first = alias[0];
  const upper = first.toUpperCase();
  return first !== upper && first === first.toLowerCase() && upper.length === 1 ? upper + alias.slice(1) : undefined;
}

/** Whether the text at `at` reads `alias` (or its capitalised form) and the word ends with it. */
function endOf(text: string, at: number, alias: string): number | undefined {
  const end = at + alias.length;
  if (!(text.startsWith(alias, at) || (capitalised(alias) !== undefined && text.startsWith(capitalised(alias)!, at)))) return undefined;
  return end < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!)) ? undefined : end;
}

export interface MentionMatcher {
  find(text: string): Mention[];
}

/** Build a matcher over the entities' names and aliases; an alias shared by two entities goes to the first. */
export function mentionMatcher(entities: readonly Entity[]): MentionMatcher {
  const owner = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias.trim() && !owner.has(alias)) owner.set(alias, entity.id);
    }
  }
  if (owner.size === 0) return { find: () => [] };
  const ownerFolded = new Map([...owner].map(([alias, id]) => [alias.toLowerCase(), id]));
  // Candidates by first word, longest first; an alias that starts with punctuation is tried at every place.
  const byWord = new Map<string, string[]>();
  const unworded: string[] = [];
  for (const alias of owner.keys()) {
    const key = firstWord(alias);
    if (!key) unworded.push(alias);
    else byWord.set(key, [...(byWord.get(key) ?? []), alias]);
  }
  for (const list of byWord.values()) list.sort((a, b) => b.length - a.length);
  unworded.sort((a, b) => b.length - a.length);
  const lowerFirst = (word: string) => word[0].toLowerCase() + word.slice(1);

  /** The longest alias that reads at `at`, with its end. */
  const longestAt = (text: string, at: number, word: string | undefined): [string, number] | undefined => {
    const startsAWord = at === 0 || !WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at - 1)!));
    if (!startsAWord) return undefined;
    let best: [string, number] | undefined;
    const lists = word === undefined ? [unworded] : [byWord.get(word), word[0] !== lowerFirst(word)[0] ? byWord.get(lowerFirst(word)) : undefined];
    for (const list of lists) {
      for (const alias of list ?? []) {
        if (best && alias.length <= best[0].length) break;
        const end = endOf(text, at, alias);
        if (end !== undefined) {
          best = [alias, end];
          break;
        }
      }
    }
    return best;
  };

  return {
    find(text) {
      const mentions: Mention[] = [];
      // Places where a match can start: every word, and (when some alias starts with punctuation) each of its first
      // characters; the two never coincide, since a word starts with a letter or digit.
      const places: Array<[number, string | undefined]> = matchesOf(text, WORD).map((m) => [m.index, m[0]]);
      if (unworded.length) {
        const firsts = new Set(unworded.map((a) => a[0]));
        for (let i = 0; i < text.length; i++) if (firsts.has(text[i])) places.push([i, undefined]);
        places.sort((a, b) => a[0] - b[0]);
      }
      let from = 0;
      for (const [at, word] of places) {
        if (at < from) continue;
        const match = longestAt(text, at, word);
        if (!match) continue;
        const surface = text.slice(at, match[1]);
        const entity = owner.get(surface) ?? ownerFolded.get(surface.toLowerCase());
        if (entity) mentions.push({ entity, start: at, end: match[1] });
        from = match[1];
      }
      return mentions;
    },
  };
}
