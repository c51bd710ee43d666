// Name and alias look-up, accent- and case-insensitive: exact, then word prefix, then substring, then every word
// of a several-word query starting a word of the name ("peace force"), then (for queries of 4+ letters) a word one
// typo away — a letter added, dropped, changed or two swapped — so "Sprunds", "putn" and "frnace" still find theirs.
// Compact for 100k+ entities: every folded name lives once, in one newline-joined string; the indexes are typed
// arrays of positions in it (no object or string per entry), and no tier scans every name.
import { foldName } from './slug';
import { NameTrigrams } from './name-trigrams';

export interface SearchIndex {
  /** Ids ranked by match quality, then by `rank` (higher first), then by id. */
  search(query: string, limit: number): string[];
}

const NEWLINE = 10;
const SPACE = 32;

/** `names(id)` gives an entity's name and aliases; `rank(id)` breaks ties (degree; read once, the graph is fixed). */
export function createSearchIndex(ids: Iterable<string>, names: (id: string) => string[], rank: (id: string) => number): SearchIndex {
  // Entities by ordinal, so a query's hits are small integers in typed arrays rather than string-keyed maps.
  const entities = [...ids];
  const keys: string[] = [];
  const keyEntities: number[] = [];
  entities.forEach((id, entity) => {
    for (const name of names(id)) {
      const key = foldName(name);
      if (!key) continue;
      keys.push(key);
      keyEntities.push(entity);
    }
  });
  const keyEntity = Int32Array.from(keyEntities);
  // Tie order (rank, higher first, then id) as one number per entity: its place when all are sorted that way.
  const ranks = entities.map((id) => rank(id));
  const byRank = entities.map((_, i) => i).sort((a, b) => ranks[b] - ranks[a] || (entities[a] < entities[b] ? -1 : entities[a] > entities[b] ? 1 : 0));
  const place = new Int32Array(entities.length);
  byRank.forEach((entity, i) => (place[entity] = i));

  // Folded keys hold only letters, digits and single spaces, so '\n' ends each one and sorts before any of them.
  const haystack = keys.join('\n');
  const starts = new Int32Array(keys.length);
  for (let i = 0, at = 0; i < keys.length; at += keys[i].length + 1, i++) starts[i] = at;
  const entityAt = (position: number) => keyEntity[upperBound(starts, position) - 1];

  // Prefix tier: every word start of every key (the key from there to its end), in the order of that text.
  const wordStarts: number[] = [];
  for (let i = 0; i < haystack.length; i++) if (i === 0 || haystack.charCodeAt(i - 1) === NEWLINE || haystack.charCodeAt(i - 1) === SPACE) wordStarts.push(i);
  const entries = Int32Array.from(wordStarts);
  entries.sort((a, b) => compareAt(haystack, a, b));
  const isKeyStart = (position: number) => position === 0 || haystack.charCodeAt(position - 1) === NEWLINE;

  const trigrams = new NameTrigrams(haystack, starts);

  // Typo tier: each distinct word → the entities of the entries starting with it, and words by (length, first two
  // letters) and (length, last two letters). A word one edit from a query of 5+ letters shares its first two letters
  // (edit at position 2 or later) or its last two (edit earlier, leaving 3+ common trailing letters): two buckets cover it.
  const wordEntities = new Map<string, number[]>();
  const buckets = new Map<string, string[]>();
  const bucket = (key: string, word: string) => {
    let words = buckets.get(key);
    if (!words) buckets.set(key, (words = []));
    words.push(word);
  };
  for (const position of entries) {
    let end = position;
    while (end < haystack.length && haystack.charCodeAt(end) !== SPACE && haystack.charCodeAt(end) !== NEWLINE) end++;
    const word = haystack.slice(position, end);
    let list = wordEntities.get(word);
    if (!list) {
      wordEntities.set(word, (list = []));
      if (word.length >= 3) {
        bucket(`${word.length}<${word.slice(0, 2)}`, word);
        bucket(`${word.length}>${word.slice(-2)}`, word);
      }
      // A four-letter query with its middle letters swapped keeps neither pair, but keeps its first and last letter.
      if (word.length === 4) bucket(`4^${word[0]}${word[3]}`, word);
    }
    list.push(entityAt(position));
  }

  // Per query scratch (search is synchronous): each entity's best tier so far, and the entities touched.
  const UNSEEN = 255;
  const tierOf = new Uint8Array(entities.length).fill(UNSEEN);
  const touched: number[] = [];

  return {
    search(query, limit) {
      const q = foldName(query);
      if (!q) return [];
      const offer = (entity: number, t: number) => {
        const old = tierOf[entity];
        if (old === UNSEEN) touched.push(entity);
        if (t < old) tierOf[entity] = t;
      };
      try {
        // Tiers: 0 exact, 1 prefix, 2 substring, 3 all words, 4 one typo.
        for (let i = lowerBound(haystack, entries, q); i < entries.length && haystack.startsWith(q, entries[i]); i++) {
          const position = entries[i];
          const end = position + q.length;
          const exact = isKeyStart(position) && (end === haystack.length || haystack.charCodeAt(end) === NEWLINE);
          offer(entityAt(position), exact ? 0 : 1);
        }
        if (touched.length < limit) {
          const candidates = trigrams.candidates(q);
          if (candidates === null) {
            for (let at = haystack.indexOf(q); at >= 0; at = haystack.indexOf(q, at + 1)) offer(entityAt(at), 2);
          } else {
            for (const key of candidates) if (trigrams.keyContains(key, q)) offer(keyEntity[key], 2);
          }
        }
        const words = q.split(' ');
        if (touched.length < limit && words.length > 1) {
          const rest = words.slice(1);
          for (let i = lowerBound(haystack, entries, words[0]); i < entries.length && haystack.startsWith(words[0], entries[i]); i++) {
            const key = upperBound(starts, entries[i]) - 1;
            const keyWords = haystack.slice(starts[key], key + 1 < starts.length ? starts[key + 1] - 1 : haystack.length).split(' ');
            if (rest.every((w) => keyWords.some((k) => k.startsWith(w)))) offer(keyEntity[key], 3);
          }
        }
        if (touched.length < limit && q.length >= 4 && words.length === 1) {
          for (const length of [q.length - 1, q.length, q.length + 1]) {
            const seen = new Set<string>();
            const ends = q.length === 4 && length === 4 ? buckets.get(`4^${q[0]}${q[3]}`) : undefined;
            for (const words of [buckets.get(`${length}<${q.slice(0, 2)}`), buckets.get(`${length}>${q.slice(-2)}`), ends]) {
              for (const word of words ?? []) {
                if (seen.has(word)) continue;
                seen.add(word);
                if (oneEditApart(word, q)) for (const entity of wordEntities.get(word)!) offer(entity, 4);
              }
            }
          }
        }
        return best(touched, (entity) => tierOf[entity] * entities.length + place[entity], limit).map((entity) => entities[entity]);
      } finally {
        for (const entity of touched) tierOf[entity] = UNSEEN;
        touched.length = 0;
      }
    },
  };
}

/** Pages up to this size keep a running top list; larger ones (a whole list to page through) sort once. */
const RUNNING_TOP_MAX = 64;

/** The `limit` entities of lowest score (scores are distinct); a short prefix can match thousands, so no full sort for a page. */
function best(entities: readonly number[], score: (entity: number) => number, limit: number): number[] {
  if (limit > RUNNING_TOP_MAX) {
    // Inserting into a sorted list of `limit` is quadratic when both are large (entities(query: "a") over 100k names
    // took a second): sort the scores natively, and find each entity again by its score.
    const scores = Float64Array.from(entities, score);
    const byScore = new Map(entities.map((entity, i) => [scores[i], entity]));
    return Array.from(scores.sort().subarray(0, limit), (s) => byScore.get(s)!);
  }
  const top: number[] = [];
  const scores: number[] = [];
  for (const entity of entities) {
    const s = score(entity);
    if (top.length === limit && s >= scores[limit - 1]) continue;
    let at = top.length;
    while (at > 0 && s < scores[at - 1]) at--;
    top.splice(at, 0, entity);
    scores.splice(at, 0, s);
    if (top.length > limit) {
      top.pop();
      scores.pop();
    }
  }
  return top;
}

/** Order of the keys' texts from positions a and b (each up to its '\n'), as `<` orders strings. */
function compareAt(text: string, a: number, b: number): number {
  for (;;) {
    const ca = a < text.length ? text.charCodeAt(a) : NEWLINE;
    const cb = b < text.length ? text.charCodeAt(b) : NEWLINE;
    if (ca !== cb) return ca - cb;
    if (ca === NEWLINE) return 0;
    a++;
    b++;
  }
}

/** First entry whose text is not before q (q holds no '\n'). */
function lowerBound(text: string, entries: Int32Array, q: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (textBefore(text, entries[mid], q)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key text at `position` sorts before q. */
function textBefore(text: string, position: number, q: string): boolean {
  for (let i = 0; i < q.length; i++) {
    const c = position + i < text.length ? text.charCodeAt(position + i) : NEWLINE;
    const d = q.charCodeAt(i);
    if (c !== d) return c < d;
  }
  return false; // q is a prefix of (or equal to) the key text
}

export const upperBound = (sorted: Int32Array, value: number) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * True when a and b differ by exactly one inserted, deleted or substituted character, or one swap of neighbours
 * (no allocation: it runs per word).
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (
    a.length === b.length &&
    i + 1 < a.length &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    a.slice(i + 2) === b.slice(i + 2)
  )
    return true;
  // Strip the common suffix (not overlapping the prefix): one edit apart iff at most one character is left on each side.
  let j = a.length - 1;
  let k = b.length - 1;
  while (j >= i && k >= i && a.charCodeAt(j) === b.charCodeAt(k)) {
    j--;
    k--;
  }
  return j - i < 1 && k - i < 1;
}
