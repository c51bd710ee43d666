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
  const folded: Array<[string, string]> = [];
  for (const id of ids) {
    for (const name of names(id)) {
      const key = foldName(name);
      if (!key) continue;
      folded.push([key, id]);
      entries.push({ key, id, whole: true });
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) entries.push({ key: key.slice(i + 1), id, whole: false });
    }
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

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
      if (tier.size < limit) for (const [key, id] of folded) if (key.includes(q)) offer(id, 2);
      if (tier.size < limit && q.length >= 5) {
        for (const entry of entries) if (oneEditApart(entry.key.split(' ', 1)[0], q)) offer(entry.id, 3);
      }
      return [...tier]
        .sort(([a, ta], [b, tb]) => ta - tb || rank(b) - rank(a) || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}

/** True when a and b differ by exactly one inserted, deleted or substituted character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
