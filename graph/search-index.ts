// Name and alias look-up, accent- and case-insensitive: exact, then word prefix, then substring,
// then (for queries of 5+ letters) a word one typo away, so "Sprunds" still finds Sprūds.
import { foldName } from './slug';

interface Entry {
  key: string;
  id: string;
  /** The key starts at the beginning of the name (not at a later word). */
  whole: boolean;
}

export interface SearchIndex {
  /** Ids ranked by match quality, then by `rank` (higher first), then by id. */
  search(query: string, limit: number): string[];
}

const lowerBound = (entries: Entry[], key: string) => {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** `names(id)` gives an entity's name and aliases; `rank(id)` breaks ties (degree). */
export function createSearchIndex(ids: Iterable<string>, names: (id: string) => string[], rank: (id: string) => number): SearchIndex {
  const entries: Entry[] = [];
  const foldedKeys: string[] = [];
  const foldedIds: string[] = [];
  for (const id of ids) {
    for (const name of names(id)) {
      const key = foldName(name);
      if (!key) continue;
      foldedKeys.push(key);
      foldedIds.push(id);
      entries.push({ key, id, whole: true });
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) entries.push({ key: key.slice(i + 1), id, whole: false });
    }
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // For the substring tier: every folded name in one newline-joined string, searched with indexOf (far faster than
  // a `includes` per name), and where each name starts in it to map a hit back to its entity.
  const haystack = foldedKeys.join('\n');
  const starts = new Int32Array(foldedKeys.length);
  for (let i = 0, at = 0; i < foldedKeys.length; at += foldedKeys[i].length + 1, i++) starts[i] = at;
  // For the typo tier: each distinct word (the first word of an entry) → its ids, and words by length, since a
  // word one edit away from the query is at most one letter longer or shorter: no scan of every entry.
  const wordIds = new Map<string, string[]>();
  const wordsByLength = new Map<number, string[]>();
  for (const entry of entries) {
    const word = entry.key.split(' ', 1)[0];
    let ids = wordIds.get(word);
    if (!ids) {
      wordIds.set(word, (ids = []));
      let sameLength = wordsByLength.get(word.length);
      if (!sameLength) wordsByLength.set(word.length, (sameLength = []));
      sameLength.push(word);
    }
    ids.push(entry.id);
  }

  return {
    search(query, limit) {
      const q = foldName(query);
      if (!q) return [];
      const tier = new Map<string, number>(); // id → best tier: 0 exact, 1 prefix, 2 substring, 3 one typo
      const offer = (id: string, t: number) => {
        const old = tier.get(id);
        if (old === undefined || t < old) tier.set(id, t);
      };
      for (let i = lowerBound(entries, q); i < entries.length && entries[i].key.startsWith(q); i++) {
        const entry = entries[i];
        offer(entry.id, entry.whole && entry.key === q ? 0 : 1);
      }
      if (tier.size < limit) {
        for (let at = haystack.indexOf(q); at >= 0; at = haystack.indexOf(q, at + 1)) offer(foldedIds[upperBound(starts, at) - 1], 2);
      }
      if (tier.size < limit && q.length >= 5) {
        for (const length of [q.length - 1, q.length, q.length + 1]) {
          for (const word of wordsByLength.get(length) ?? []) if (oneEditApart(word, q)) for (const id of wordIds.get(word)!) offer(id, 3);
        }
      }
      return best(tier, rank, limit);
    },
  };
}

/** The `limit` best ids by tier, then rank (higher first), then id; a short prefix can match thousands, so no full sort. */
function best(tier: Map<string, number>, rank: (id: string) => number, limit: number): string[] {
  const before = (a: Hit, b: Hit) => a.tier - b.tier || b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const top: Hit[] = [];
  for (const [id, t] of tier) {
    const hit = { id, tier: t, rank: rank(id) };
    if (top.length === limit && before(hit, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(hit, top[at - 1]) < 0) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top.map((hit) => hit.id);
}

interface Hit {
  id: string;
  tier: number;
  rank: number;
}

const upperBound = (sorted: Int32Array, value: number) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** True when a and b differ by exactly one inserted, deleted or substituted character (no allocation: it runs per word). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Strip the common suffix (not overlapping the prefix): one edit apart iff at most one character is left on each side.
  let j = a.length - 1;
  let k = b.length - 1;
  while (j >= i && k >= i && a.charCodeAt(j) === b.charCodeAt(k)) {
    j--;
    k--;
  }
  return j - i < 1 && k - i < 1;
}
